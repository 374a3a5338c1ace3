using System.CommandLine;
using DiplomacyNlp.Cli;

var root = new RootCommand("diplomacy-nlp: extract people, roles, organizations and diplomatic events from English news text.");
root.Add(ExtractCommand.Create());
foreach (var command in CommandCatalog.Extra()) root.Add(command);
try
{
    return root.Parse(args).Invoke();
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    Console.Error.WriteLine($"diplomacy-nlp: {ex.Message}");
    return 1;
}
