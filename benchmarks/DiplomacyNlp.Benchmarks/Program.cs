using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DiplomacyNlp.Benchmarks;

// dotnet run -c Release --project benchmarks/DiplomacyNlp.Benchmarks -- --filter '*Tokenizer*' [--job short]
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Corpus: {BenchmarkCorpus.Documents.Count} generated documents, {BenchmarkCorpus.CharacterCount:N0} characters, {BenchmarkCorpus.TokenCount:N0} tokens (first document: {BenchmarkCorpus.FirstDocumentTokenCount:N0} tokens)."));
var config = DefaultConfig.Instance.AddColumn(new TokensPerSecondColumn(), new BytesPerTokenColumn());
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCorpus).Assembly).Run(args, config);
