namespace DiplomacyNlp.Rendering;

/// <summary>
/// HTML encoding for text content and attribute values, written straight to a <see cref="TextWriter"/> in runs.
/// Encodes <c>&amp; &lt; &gt; " '</c>; writes carriage returns and other C0 controls (except tab and line feed) as
/// numeric references so that they survive the HTML parser's newline normalization, and replaces NUL and unpaired
/// surrogates with U+FFFD (the HTML parser and UTF-8 would do so anyway, less predictably).
/// </summary>
internal static class HtmlText
{
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement;
            switch (c)
            {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = "&quot;"; break;
                case '\'': replacement = "&#39;"; break;
                case '\t' or '\n': continue;
                case '\0': replacement = "\uFFFD"; break;
                default:
                    if (c < ' ')
                    {
                        replacement = c switch { '\r' => "&#13;", _ => "&#" + ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" };
                        break;
                    }
                    if (char.IsSurrogate(c))
                    {
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            i++;
                            continue;
                        }
                        replacement = "\uFFFD";
                        break;
                    }
                    continue;
            }
            if (i > run) writer.Write(text[run..i]);
            writer.Write(replacement);
            run = i + 1;
        }
        if (run < text.Length) writer.Write(text[run..]);
    }

    public static void Write(TextWriter writer, string? text)
    {
        if (!string.IsNullOrEmpty(text)) Write(writer, text.AsSpan());
    }

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(sw, text.AsSpan());
        return sw.ToString();
    }
}
