using System.CommandLine;
using System.Globalization;
using System.Text;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Cli;

/// <summary><c>diplomacy-nlp extract [FILES...] [--lines] [--published YYYY-MM-DD] [--format jsonl|json] [--tokens]</c></summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Text files, one document each (stdin when none is given).", Arity = ArgumentArity.ZeroOrMore };
        var lines = new Option<bool>("--lines") { Description = "Treat each input line as its own document." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) used to resolve relative dates such as \"on Thursday\"." };
        var format = new Option<string>("--format") { Description = "Output format: jsonl (one object per line) or json (an array).", DefaultValueFactory = _ => "jsonl" };
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens in the output." };
        var command = new Command("extract", "Extract tokens, sentences, entities, people, roles and events as JSON.")
        {
            files, lines, published, format, tokens,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? Array.Empty<string>(),
            parse.GetValue(lines),
            parse.GetValue(published),
            parse.GetValue(format) ?? "jsonl",
            parse.GetValue(tokens)));
        return command;
    }

    private static int Run(string[] files, bool lines, string? publishedText, string format, bool includeTokens)
    {
        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Console.Error.WriteLine($"diplomacy-nlp: --published '{publishedText}' is not a date; use YYYY-MM-DD, for example 2025-09-03.");
                return 2;
            }
            published = d;
        }
        if (format is not ("jsonl" or "json"))
        {
            Console.Error.WriteLine($"diplomacy-nlp: --format '{format}' is not supported; use jsonl or json.");
            return 2;
        }

        var pipeline = DiplomacyText.DefaultPipeline;
        var options = new JsonOutputOptions { IncludeTokens = includeTokens };
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        int failures = 0;
        bool first = true;
        if (format == "json") stdout.Write('[');
        foreach (var input in InputReader.Read(files, lines, Console.In))
        {
            if (input.Error is not null)
            {
                Console.Error.WriteLine($"diplomacy-nlp: {input.Error}");
                failures++;
                continue;
            }
            string json;
            try
            {
                var result = pipeline.Process(input.Text!, new DocumentInfo { Id = input.Id, Published = input.Published ?? published });
                json = ResultJsonWriter.ToJson(result, options);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
            {
                Console.Error.WriteLine($"diplomacy-nlp: {input.Id}: {ex.Message}");
                failures++;
                continue;
            }
            if (format == "json" && !first) stdout.Write(',');
            stdout.Write(json);
            if (format == "jsonl") stdout.Write('\n');
            first = false;
        }
        if (format == "json") stdout.Write("]\n");
        stdout.Flush();
        return failures == 0 ? 0 : 1;
    }
}
