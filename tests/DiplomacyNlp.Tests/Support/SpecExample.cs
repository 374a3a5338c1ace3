namespace DiplomacyNlp.Tests.Support;

/// <summary>One example from a spec file: a text, then expectation lines "key: value".</summary>
internal sealed record SpecExample(string File, string Section, int Number, int Line, string Input, IReadOnlyList<(string Key, string Value)> Expectations, IReadOnlyDictionary<string, string> Settings)
{
    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)} / {Section} #{Number}";
}
