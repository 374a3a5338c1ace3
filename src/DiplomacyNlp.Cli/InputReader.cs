using System.Text;

namespace DiplomacyNlp.Cli;

/// <summary>Reads documents from files or stdin: one per file, or one per line with --lines.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> files, bool lines, TextReader stdin)
    {
        if (files.Count == 0)
        {
            foreach (var d in FromReader("stdin", stdin, lines)) yield return d;
            yield break;
        }
        foreach (var file in files)
        {
            string? text = null;
            string? error = null;
            try
            {
                text = File.ReadAllText(file, StrictUtf8);
            }
            catch (FileNotFoundException) { error = $"cannot read '{file}': no such file"; }
            catch (DirectoryNotFoundException) { error = $"cannot read '{file}': no such directory"; }
            catch (UnauthorizedAccessException) { error = $"cannot read '{file}': permission denied"; }
            catch (DecoderFallbackException) { error = $"cannot read '{file}': not valid UTF-8 text; convert it to UTF-8 first"; }
            catch (IOException ex) { error = $"cannot read '{file}': {ex.Message}"; }
            if (error is not null)
            {
                yield return new InputDocument(file, null, error);
                continue;
            }
            if (text!.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            if (!lines)
            {
                yield return new InputDocument(Path.GetFileName(file), text, null);
                continue;
            }
            using var reader = new StringReader(text);
            foreach (var d in FromReader(Path.GetFileName(file), reader, true)) yield return d;
        }
    }

    private static IEnumerable<InputDocument> FromReader(string name, TextReader reader, bool lines)
    {
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
