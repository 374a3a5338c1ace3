using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Cli;

/// <summary><c>diplomacy-nlp eval --conll FILE [--map per=Person,...] [--json] [--model FILE] [--pos-model FILE]</c></summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file to evaluate on (token, POS, label).", Required = true };
        var map = new Option<string?>("--map") { Description = "Label map, e.g. per=Person,org=Organization (default: the GMB map)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var model = new Option<string?>("--model") { Description = "Entity model to evaluate (default: the shipped one)." };
        var posModel = new Option<string?>("--pos-model") { Description = "POS model (default: the shipped one); its accuracy on the file is reported too." };
        var command = new Command("eval", "Evaluate the entity model (exact span match, CoNLL conventions) and the POS tagger on a CoNLL file.") { conll, map, json, model, posModel };
        command.SetAction(p => Run(p.GetValue(conll)!, p.GetValue(map), p.GetValue(json), p.GetValue(model), p.GetValue(posModel)));
        return command;
    }

    private static int Run(string path, string? mapText, bool json, string? modelPath, string? posPath)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"diplomacy-nlp: cannot read '{path}': no such file.");
            return 2;
        }
        try
        {
            var labelMap = mapText is null ? CorpusPreparation.GmbEntityMap : LabelMap.Parse(mapText);
            var sentences = ConllReader.Read(path);
            var pos = posPath is null ? TaggerModels.PartOfSpeech : new PartOfSpeechTagger(ModelFile.Load(posPath));
            var tagger = modelPath is null ? TaggerModels.Entities : new EntityTagger(ModelFile.Load(modelPath), TaggerModels.DefaultGazetteer);
            var eval = TaggerTrainer.EvaluateEntities(tagger, sentences, labelMap, pos);
            double posAccuracy = TaggerTrainer.EvaluatePartOfSpeech(pos, sentences);
            var core = eval.MicroOver("Person", "Organization", "Location");
            if (json)
            {
                var doc = new Dictionary<string, object>
                {
                    ["file"] = path,
                    ["sentences"] = sentences.Count,
                    ["micro"] = Scores(eval.Micro),
                    ["personOrganizationLocation"] = Scores(core),
                    ["types"] = eval.ByType.ToDictionary(p => p.Type, p => (object)Scores(p.Scores)),
                    ["posAccuracy"] = Math.Round(posAccuracy * 100, 2),
                };
                Console.WriteLine(JsonSerializer.Serialize(doc));
                return 0;
            }
            Console.WriteLine($"{"type",-14} {"precision",9} {"recall",9} {"F1",9} {"gold",7} {"predicted",9}");
            foreach (var (type, s) in eval.ByType) Print(type, s);
            Print("PER/ORG/LOC", core);
            Print("all (micro)", eval.Micro);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POS token accuracy: {posAccuracy * 100:F2}% over {sentences.Sum(s => s.Words.Length):N0} tokens"));
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or ModelFormatException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"diplomacy-nlp: {ex.Message}");
            return 2;
        }
    }

    private static Dictionary<string, object> Scores(EntityScores s) => new()
    {
        ["precision"] = Math.Round(s.Precision * 100, 2),
        ["recall"] = Math.Round(s.Recall * 100, 2),
        ["f1"] = Math.Round(s.F1 * 100, 2),
        ["gold"] = s.Gold,
        ["predicted"] = s.Predicted,
    };

    private static void Print(string type, EntityScores s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type,-14} {s.Precision * 100,9:F2} {s.Recall * 100,9:F2} {s.F1 * 100,9:F2} {s.Gold,7} {s.Predicted,9}"));
}
