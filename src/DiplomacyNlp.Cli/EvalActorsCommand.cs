using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiplomacyNlp.Evaluation;
using DiplomacyNlp.Pipeline;

namespace DiplomacyNlp.Cli;

/// <summary>
/// <c>diplomacy-nlp eval-actors --multicoped FILE [--json] [--errors N]</c>: runs the default pipeline on every sentence
/// of a Multi-CoPED JSON-lines file and scores actor detection, head words, roles (person link, country, sector) and
/// events against the marked source and target actors (see <see cref="ActorEvaluator"/> for the definitions).
/// </summary>
internal static class EvalActorsCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--multicoped") { Description = "Multi-CoPED JSON-lines file (text, source_spans, target_spans, reciprocal_spans, pentaclass_name).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores (and the examples) as JSON." };
        var errors = new Option<int>("--errors") { Description = "Also print N examples of each kind of error.", DefaultValueFactory = _ => 0 };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--errors must be 0 or more.");
        });
        var command = new Command("eval-actors", "Score people, roles, organizations and countries against the source/target actor spans of a Multi-CoPED file.") { file, json, errors };
        command.SetAction(p => Run(p.GetValue(file)!, p.GetValue(json), p.GetValue(errors)));
        return command;
    }

    private static int Run(string path, bool json, int errors)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"diplomacy-nlp: cannot read '{path}': no such file.");
            return 2;
        }
        try
        {
            var sentences = MulticopedReader.Read(path);
            if (sentences.Count == 0)
            {
                Console.Error.WriteLine($"diplomacy-nlp: '{path}' holds no sentences.");
                return 2;
            }
            var evaluator = new ActorEvaluator(DiplomacyText.DefaultPipeline, maxExamplesPerKind: errors);
            foreach (var s in sentences) evaluator.Add(s);
            var report = evaluator.Report();
            if (json) PrintJson(path, report);
            else PrintTable(path, report, errors);
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"diplomacy-nlp: {path}: {ex.Message}");
            return 2;
        }
    }

    private static void PrintJson(string path, ActorEvaluationReport r)
    {
        var doc = new Dictionary<string, object>
        {
            ["file"] = path,
            ["sentences"] = r.Sentences,
            ["gold"] = new Dictionary<string, int>
            {
                ["listed"] = r.GoldListed, ["located"] = r.GoldLocated, ["locatedIgnoringSpaces"] = r.GoldLocatedIgnoringSpaces,
                ["notFound"] = r.GoldNotFound, ["duplicates"] = r.GoldDuplicates,
            },
            ["scores"] = r.Rows().Select(row => new Dictionary<string, object>
            {
                ["name"] = row.Name, ["count"] = row.Count, ["of"] = row.Of, ["share"] = Math.Round(row.Share, 4), ["definition"] = row.Definition,
            }).ToList(),
            ["sectors"] = r.Sectors,
            ["countryWithoutName"] = r.CountryWithoutName,
            ["errors"] = r.ErrorCounts.ToDictionary(p => p.Key.ToString(), p => p.Value),
        };
        if (r.Examples.Count > 0)
        {
            doc["examples"] = r.Examples.Select(e => new Dictionary<string, string>
            {
                ["kind"] = e.Kind.ToString(), ["id"] = e.SentenceId, ["sentence"] = e.Sentence, ["span"] = e.Span, ["found"] = e.Found,
            }).ToList();
        }
        Console.WriteLine(JsonSerializer.Serialize(doc));
    }

    private static void PrintTable(string path, ActorEvaluationReport r, int errors)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"{path}: {r.Sentences} sentences; gold actor spans: {r.GoldListed} listed, {r.GoldLocated} located ({r.GoldLocatedIgnoringSpaces} only ignoring spaces), {r.GoldNotFound} not found, {r.GoldDuplicates} duplicates"));
        Console.WriteLine();
        Console.WriteLine($"{"measure",-36} {"count",7} {"of",7} {"share",8}");
        var rows = r.Rows();
        foreach (var row in rows) Console.WriteLine(string.Create(inv, $"{row.Name,-36} {row.Count,7} {row.Of,7} {row.Share * 100,7:F1}%"));
        Console.WriteLine();
        Console.WriteLine("sectors of found roles: " + string.Join(", ", r.Sectors.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine(string.Create(inv, $"roles with a country in titled spans that name none: {r.CountryWithoutName}"));
        Console.WriteLine("errors by kind: " + string.Join(", ", r.ErrorCounts.Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine();
        Console.WriteLine("definitions:");
        foreach (var row in rows) Console.WriteLine($"  {row.Name}: {row.Definition}");
        Console.WriteLine("  located: a gold string found in its sentence, verbatim or else ignoring whitespace; unfound strings are skipped.");
        Console.WriteLine("  actor mention: a Person, Role, Organization or Nationality entity, a Location that is a country, or a person/organization/country cluster mention.");
        Console.WriteLine("  title: 1-6 words of the span in the title lexicon (lowercase general/major/chief/justice/... excluded); country named: a country name or demonym in the span.");
        if (errors == 0) return;
        foreach (var group in r.Examples.GroupBy(e => e.Kind))
        {
            Console.WriteLine();
            Console.WriteLine($"== {group.Key} ({r.ErrorCounts.GetValueOrDefault(group.Key)} in all) ==");
            foreach (var e in group)
            {
                Console.WriteLine($"  [{e.SentenceId}] gold: \"{e.Span}\"");
                Console.WriteLine($"      found: {e.Found}");
                if (e.Kind != ActorErrorKind.NoEvent) Console.WriteLine($"      in: {e.Sentence}");
            }
        }
    }
}
