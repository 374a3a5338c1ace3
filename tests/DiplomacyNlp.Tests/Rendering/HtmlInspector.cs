using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyNlp.Tests.Rendering;

/// <summary>Reads back a rendered page: the highlighted text of a section, its span tree, its ids and links, and whether tags balance.</summary>
internal static partial class HtmlInspector
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "input", "link", "wbr" };

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("([a-zA-Z-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();

    [GeneratedRegex(" id=\"([^\"]*)\"")]
    private static partial Regex Id();

    [GeneratedRegex(" href=\"#([^\"]*)\"")]
    private static partial Regex Href();

    public sealed class SpanNode
    {
        public required Dictionary<string, string> Attributes { get; init; }
        public SpanNode? Parent { get; init; }
        public StringBuilder Text { get; } = new();
        public int Start { get; init; }

        public string? Id => Attributes.GetValueOrDefault("id");
        public string Class => Attributes.GetValueOrDefault("class") ?? "";
        public bool HasClass(string c) => Class.Split(' ').Contains(c);
        public override string ToString() => $"<span class=\"{Class}\" id=\"{Id}\">{Text}";
    }

    /// <summary>The inner HTML of the highlighted text of the <paramref name="section"/>-th document (1-based).</summary>
    public static string DocumentHtml(string html, int section = 1)
    {
        int s = html.IndexOf($"<section class=\"document\" id=\"d{section}\"", StringComparison.Ordinal);
        Assert.That(s, Is.GreaterThanOrEqualTo(0), $"section d{section} is missing");
        const string open = "<div class=\"doc\" lang=\"en\">";
        int start = html.IndexOf(open, s, StringComparison.Ordinal) + open.Length;
        int end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>What a reader sees of the highlighted text: tags dropped, references decoded.</summary>
    public static string VisibleText(string docHtml) => WebUtility.HtmlDecode(Tag().Replace(docHtml, ""));

    /// <summary>Every span of the highlighted text with its attributes, parent and the visible text it covers.</summary>
    public static List<SpanNode> Spans(string docHtml)
    {
        var all = new List<SpanNode>();
        var stack = new Stack<SpanNode>();
        int pos = 0, visible = 0;
        foreach (Match m in Tag().Matches(docHtml))
        {
            AppendText(WebUtility.HtmlDecode(docHtml[pos..m.Index]));
            pos = m.Index + m.Length;
            Assert.That(m.Groups[2].Value, Is.EqualTo("span"), "only span elements inside the highlighted text");
            if (m.Groups[1].Value == "/")
            {
                Assert.That(stack, Is.Not.Empty, "a closing tag without an opening one");
                stack.Pop();
                continue;
            }
            var attrs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match a in Attribute().Matches(m.Groups[3].Value)) attrs[a.Groups[1].Value] = WebUtility.HtmlDecode(a.Groups[2].Value);
            var node = new SpanNode { Attributes = attrs, Parent = stack.Count > 0 ? stack.Peek() : null, Start = visible };
            all.Add(node);
            stack.Push(node);
        }
        AppendText(WebUtility.HtmlDecode(docHtml[pos..]));
        Assert.That(stack, Is.Empty, "every span is closed");
        return all;

        void AppendText(string t)
        {
            visible += t.Length;
            foreach (var n in stack) n.Text.Append(t);
        }
    }

    public static List<string> Ids(string html) => Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static List<string> LinkTargets(string html) => Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>Fails unless every element is closed in order (void elements aside; style and script bodies skipped).</summary>
    public static void AssertBalanced(string html)
    {
        var stripped = Regex.Replace(html, "<(style|script)>.*?</\\1>", "", RegexOptions.Singleline);
        var stack = new Stack<string>();
        foreach (Match m in Tag().Matches(stripped))
        {
            string name = m.Groups[2].Value.ToLowerInvariant();
            if (VoidElements.Contains(name)) continue;
            if (m.Groups[1].Value != "/") stack.Push(name);
            else
            {
                Assert.That(stack, Is.Not.Empty, $"</{name}> closes nothing");
                Assert.That(stack.Pop(), Is.EqualTo(name), "elements close in the order they were opened");
            }
        }
        Assert.That(stack, Is.Empty, "every element is closed");
    }
}
