namespace DiplomacyNlp.Cli;

/// <summary>One document read from the command line's inputs, or the reason it could not be read.</summary>
internal sealed record InputDocument(string Id, string? Text, string? Error, DateOnly? Published = null);
