using System.CommandLine;
using System.Diagnostics;
using DiplomacyNlp.Lexicons;
using DiplomacyNlp.Tagging;

namespace DiplomacyNlp.Cli;

/// <summary><c>diplomacy-nlp train --train FILE --dev FILE --out MODEL [--epochs N] [--kind ner|pos]</c></summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (token, POS, label).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL development file: picks the best epoch and fits the confidence temperature." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 6 };
        var kind = new Option<string>("--kind") { Description = "ner (entities) or pos (part of speech).", DefaultValueFactory = _ => "ner" };
        var posModel = new Option<string?>("--pos-model") { Description = "POS model used to tag entity training data (default: the shipped one)." };
        var start = new Option<string?>("--continue") { Description = "A model to continue training from." };
        var map = new Option<string?>("--map") { Description = "Label map, e.g. per=Person,org=Organization (default: the GMB map)." };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 17 };
        var command = new Command("train", "Train a part-of-speech or entity model from CoNLL files.") { train, dev, output, epochs, kind, posModel, start, map, seed };
        command.SetAction(p => Run(p.GetValue(train)!, p.GetValue(dev), p.GetValue(output)!, p.GetValue(epochs), p.GetValue(kind) ?? "ner",
            p.GetValue(posModel), p.GetValue(start), p.GetValue(map), p.GetValue(seed)));
        return command;
    }

    private static int Run(string trainPath, string? devPath, string outPath, int epochs, string kind, string? posPath, string? continuePath, string? mapText, int seed)
    {
        if (kind is not ("ner" or "pos")) return Fail($"--kind '{kind}' is not supported; use ner or pos.");
        if (epochs < 1) return Fail("--epochs must be at least 1.");
        if (!File.Exists(trainPath)) return Fail($"cannot read '{trainPath}': no such file.");
        if (devPath is not null && !File.Exists(devPath)) return Fail($"cannot read '{devPath}': no such file.");
        IReadOnlyDictionary<string, string> labelMap;
        try
        {
            labelMap = mapText is null ? CorpusPreparation.GmbEntityMap : LabelMap.Parse(mapText);
        }
        catch (FormatException ex)
        {
            return Fail(ex.Message);
        }
        var sw = Stopwatch.StartNew();
        void Progress(string line) => Console.Error.WriteLine($"[{sw.Elapsed:mm\\:ss}] {line}");
        try
        {
            var trainSet = ConllReader.Read(trainPath);
            var devSet = devPath is null ? null : ConllReader.Read(devPath);
            Progress($"read {trainSet.Count:N0} training sentences" + (devSet is null ? "" : $" and {devSet.Count:N0} development sentences"));
            var options = new TrainingOptions { Epochs = epochs, Seed = seed };
            var initial = continuePath is null ? null : ModelFile.Load(continuePath);
            LinearChainModel model;
            if (kind == "pos")
            {
                model = TaggerTrainer.TrainPartOfSpeech(trainSet, devSet, options, Progress, initial);
            }
            else
            {
                var pos = posPath is null ? TaggerModels.PartOfSpeech : new PartOfSpeechTagger(ModelFile.Load(posPath));
                model = TaggerTrainer.TrainEntities(trainSet, devSet, labelMap, pos, LexiconSet.Default, options, Progress, initial);
            }
            ModelFile.Save(model, outPath);
            Progress($"wrote {outPath} ({new FileInfo(outPath).Length:N0} bytes, {model.RowCount:N0} feature rows, {model.WeightCount:N0} weights) in {sw.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or ModelFormatException or IOException or ArgumentException)
        {
            return Fail(ex.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"diplomacy-nlp: {message}");
        return 2;
    }
}
