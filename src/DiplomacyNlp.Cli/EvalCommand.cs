using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Cli;

/// <summary><c>diplomacy-nlp eval --conll FILE [--map per=Person,...] [--json] [--model FILE] [--pos-model FILE] [--decoder viterbi|greedy] [--calibration] [--document-window N] [--consistency-with TRAIN]</c></summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file to evaluate on (token, POS, label).", Required = true };
        var map = new Option<string?>("--map") { Description = "Label map, e.g. per=Person,org=Organization (default: the GMB map)." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var model = new Option<string?>("--model") { Description = "Entity model to evaluate (default: the shipped one)." };
        var posModel = new Option<string?>("--pos-model") { Description = "POS model (default: the shipped one); its accuracy on the file is reported too." };
        var decoder = new Option<string>("--decoder") { Description = "viterbi (default) or greedy (the left-to-right baseline).", DefaultValueFactory = _ => "viterbi" };
        decoder.AcceptOnlyFromAmong("viterbi", "greedy");
        var window = new Option<int>("--document-window") { Description = "Treat runs of N consecutive sentences as one document and apply document-level consistency (default 1: off).", DefaultValueFactory = _ => 1 };
        var calibration = new Option<bool>("--calibration") { Description = "Also print a reliability table: entity confidence in ten bins against the share of exactly correct entities." };
        var consistency = new Option<string?>("--consistency-with") { Description = "A training CoNLL file: also count, per type, the gold spans whose text that file labels mostly with another type." };
        var command = new Command("eval", "Evaluate the entity model (exact span match, CoNLL conventions) and the POS tagger on a CoNLL file.") { conll, map, json, model, posModel, decoder, calibration, window, consistency };
        command.SetAction(p => Run(p.GetValue(conll)!, p.GetValue(map), p.GetValue(json), p.GetValue(model), p.GetValue(posModel),
            p.GetValue(decoder) == "greedy" ? SequenceDecoding.Greedy : SequenceDecoding.Viterbi, p.GetValue(calibration), p.GetValue(window), p.GetValue(consistency)));
        return command;
    }

    private static int Run(string path, string? mapText, bool json, string? modelPath, string? posPath, SequenceDecoding decoding, bool calibration, int documentWindow, string? consistencyWith)
    {
        foreach (var file in new[] { path, consistencyWith })
        {
            if (file is not null && !File.Exists(file))
            {
                Console.Error.WriteLine($"diplomacy-nlp: cannot read '{file}': no such file.");
                return 2;
            }
        }
        try
        {
            var labelMap = mapText is null ? CorpusPreparation.GmbEntityMap : LabelMap.Parse(mapText);
            var sentences = ConllReader.Read(path);
            var pos = posPath is null ? TaggerModels.PartOfSpeech : new PartOfSpeechTagger(ModelFile.Load(posPath));
            var entityModel = modelPath is null ? TaggerModels.Entities.Model : ModelFile.Load(modelPath);
            var tagger = new EntityTagger(entityModel, TaggerModels.DefaultGazetteer, decoding);
            var eval = TaggerTrainer.EvaluateEntities(tagger, sentences, labelMap, pos, documentWindow);
            double posAccuracy = TaggerTrainer.EvaluatePartOfSpeech(pos, sentences);
            var core = eval.MicroOver("Person", "Organization", "Location");
            var bins = calibration ? Calibration(tagger, sentences, labelMap, pos) : null;
            var agreement = consistencyWith is null ? null : AnnotationConsistency.Compute(ConllReader.Read(consistencyWith), sentences, labelMap);
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
                    ["decoder"] = decoding.ToString().ToLowerInvariant(),
                };
                if (bins is not null)
                {
                    doc["calibration"] = bins.Select(b => new Dictionary<string, object>
                    {
                        ["from"] = b.From, ["to"] = b.To, ["entities"] = b.Count,
                        ["meanConfidence"] = Math.Round(b.MeanConfidence, 4), ["accuracy"] = Math.Round(b.Accuracy, 4),
                    }).ToList();
                }
                if (agreement is not null)
                {
                    doc["consistency"] = agreement.Select(a => new Dictionary<string, object>
                    {
                        ["type"] = a.Type, ["gold"] = a.Gold, ["seenInTraining"] = a.SeenInTraining, ["trainingMajorityDiffers"] = a.TrainingMajorityDiffers,
                    }).ToList();
                }
                Console.WriteLine(JsonSerializer.Serialize(doc));
                return 0;
            }
            Console.WriteLine($"{"type",-14} {"precision",9} {"recall",9} {"F1",9} {"gold",7} {"predicted",9}");
            foreach (var (type, s) in eval.ByType) Print(type, s);
            Print("PER/ORG/LOC", core);
            Print("all (micro)", eval.Micro);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POS token accuracy: {posAccuracy * 100:F2}% over {sentences.Sum(s => s.Words.Length):N0} tokens"));
            if (bins is not null)
            {
                Console.WriteLine();
                Console.WriteLine($"{"confidence",-12} {"entities",9} {"mean conf.",11} {"correct",9}");
                foreach (var b in bins)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{b.From:F1}-{b.To:F1}      {b.Count,9} {b.MeanConfidence,11:F3} {b.Accuracy,9:F3}"));
                }
            }
            if (agreement is not null)
            {
                Console.WriteLine();
                Console.WriteLine($"{"type",-14} {"gold",7} {"seen in training",17} {"training says otherwise",24}");
                foreach (var a in agreement)
                {
                    double share = a.Gold == 0 ? 0 : 100.0 * a.TrainingMajorityDiffers / a.Gold;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Type,-14} {a.Gold,7} {a.SeenInTraining,17} {a.TrainingMajorityDiffers,15} ({share,5:F1}%)"));
                }
            }
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or ModelFormatException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"diplomacy-nlp: {ex.Message}");
            return 2;
        }
    }

    private sealed record CalibrationBin(double From, double To, int Count, double MeanConfidence, double Accuracy);

    /// <summary>Entities by confidence decile: how many, their mean confidence, and the share that match a gold entity exactly.</summary>
    private static List<CalibrationBin> Calibration(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, IReadOnlyDictionary<string, string> map, PartOfSpeechTagger pos)
    {
        var set = CorpusPreparation.ForEntities(sentences, tagger.Model.Tags, map, pos);
        var count = new int[10];
        var confidence = new double[10];
        var correct = new int[10];
        foreach (var (c, ok) in TaggerTrainer.Confidences(tagger, set))
        {
            int bin = Math.Clamp((int)(c * 10), 0, 9);
            count[bin]++;
            confidence[bin] += c;
            if (ok) correct[bin]++;
        }
        var bins = new List<CalibrationBin>();
        for (int b = 0; b < 10; b++)
        {
            if (count[b] == 0) continue;
            bins.Add(new CalibrationBin(b / 10.0, (b + 1) / 10.0, count[b], confidence[b] / count[b], (double)correct[b] / count[b]));
        }
        return bins;
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
