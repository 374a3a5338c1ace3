using System.Text;

namespace DiplomacyNlp.Cli;

/// <summary>
/// Reads documents lazily from files, directories or stdin. A text file is one document (or one per line with
/// <c>--lines</c>); a <c>*.jsonl</c> file (or stdin with <c>--jsonl</c>) holds one JSON record per line. Directories
/// are walked recursively for <c>*.txt</c> and <c>*.jsonl</c> in ordinal path order, so a run is reproducible.
/// Ids: a file given by name is its file name; a file found in a directory is its path relative to that directory;
/// a line is <c>FILE:LINE</c> unless its record has an id. A file that cannot be read gives one error document.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> paths, bool lines, TextReader stdin) => Read(paths, lines, jsonl: false, stdin);

    /// <param name="paths">Files, directories, or "-" for stdin; none means stdin.</param>
    /// <param name="lines">Each line of a text input is a document.</param>
    /// <param name="jsonl">Read stdin and files of any extension as JSON lines.</param>
    /// <param name="stdin">The standard input.</param>
    /// <param name="exclude">A file never to read from a directory walk (the run's own output file), or null.</param>
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> paths, bool lines, bool jsonl, TextReader stdin, string? exclude = null)
    {
        string? excluded = exclude is null ? null : Path.GetFullPath(exclude);
        if (paths.Count == 0)
        {
            foreach (var d in FromReader("stdin", stdin, lines, jsonl)) yield return d;
            yield break;
        }
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var d in FromReader("stdin", stdin, lines, jsonl)) yield return d;
            }
            else if (Directory.Exists(path))
            {
                var files = ListInputFiles(path, out var error);
                if (files is null)
                {
                    yield return new InputDocument(path, null, error);
                    continue;
                }
                foreach (var (file, id) in files)
                {
                    if (excluded is not null && string.Equals(Path.GetFullPath(file), excluded, StringComparison.Ordinal)) continue;
                    foreach (var d in FromFile(file, id, lines, jsonl)) yield return d;
                }
            }
            else
            {
                foreach (var d in FromFile(path, Path.GetFileName(path), lines, jsonl)) yield return d;
            }
        }
    }

    /// <summary>The <c>*.txt</c> and <c>*.jsonl</c> files under <paramref name="directory"/>, with their relative paths as ids; null and an error when it cannot be listed.</summary>
    private static List<(string File, string Id)>? ListInputFiles(string directory, out string? error)
    {
        error = null;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
            return Directory.EnumerateFiles(directory, "*", options)
                .Where(IsInputFile)
                .Select(f => (f, Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/')))
                .OrderBy(p => p.Item2, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot list directory '{directory}': {ex.Message}";
            return null;
        }
    }

    private static bool IsInputFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonl(string path, bool jsonl) => jsonl || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<InputDocument> FromFile(string file, string id, bool lines, bool jsonl)
    {
        if (IsJsonl(file, jsonl))
        {
            StreamReader? reader = null;
            string? openError = null;
            try
            {
                reader = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                openError = Describe(file, ex);
            }
            if (openError is not null)
            {
                yield return new InputDocument(id, null, openError);
                yield break;
            }
            using (reader)
            {
                foreach (var d in JsonLines(id, file, reader!)) yield return d;
            }
            yield break;
        }

        string? text = null;
        string? error = null;
        try
        {
            text = File.ReadAllText(file, StrictUtf8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            error = Describe(file, ex);
        }
        if (error is not null)
        {
            yield return new InputDocument(id, null, error);
            yield break;
        }
        if (text!.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (!lines)
        {
            yield return new InputDocument(id, text, null);
            yield break;
        }
        using var stringReader = new StringReader(text);
        foreach (var d in FromReader(id, stringReader, true, false)) yield return d;
    }

    private static string Describe(string file, Exception ex) => ex switch
    {
        FileNotFoundException => $"cannot read '{file}': no such file",
        DirectoryNotFoundException => $"cannot read '{file}': no such directory",
        UnauthorizedAccessException => $"cannot read '{file}': permission denied",
        DecoderFallbackException => $"cannot read '{file}': not valid UTF-8 text; convert it to UTF-8 first",
        _ => $"cannot read '{file}': {ex.Message}",
    };

    private static IEnumerable<InputDocument> JsonLines(string name, string file, TextReader reader)
    {
        int n = 0;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception ex) when (ex is IOException or DecoderFallbackException)
            {
                line = null;
                error = Describe(file, ex) + $" (after line {n})";
            }
            if (error is not null)
            {
                yield return new InputDocument($"{name}:{n + 1}", null, error);
                yield break;
            }
            if (line is null) yield break;
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return JsonlRecord.Parse(line, $"{name}:{n}");
        }
    }

    private static IEnumerable<InputDocument> FromReader(string name, TextReader reader, bool lines, bool jsonl)
    {
        if (jsonl)
        {
            foreach (var d in JsonLines(name, name, reader)) yield return d;
            yield break;
        }
        if (!lines)
        {
            yield return new InputDocument(name, reader.ReadToEnd(), null);
            yield break;
        }
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0) continue;
            yield return new InputDocument($"{name}:{n}", line, null);
        }
    }
}
