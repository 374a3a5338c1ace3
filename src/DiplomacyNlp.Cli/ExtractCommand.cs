using System.CommandLine;
using System.Globalization;
using DiplomacyNlp.Pipeline;
using DiplomacyNlp.Serialization;
using DiplomacyNlp.Text;

namespace DiplomacyNlp.Cli;

/// <summary>
/// <c>diplomacy-nlp extract [FILES_OR_DIRS...] [--lines] [--jsonl] [--published YYYY-MM-DD] [--format jsonl|json|html] [--tokens]
/// [--out FILE] [--jobs N] [--resume] [--progress auto|live|plain|none]</c>
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Text files (one document each), *.jsonl files (one {\"text\",\"id\",\"published\"} record per line), or directories walked for *.txt and *.jsonl; stdin when none is given ('-' also means stdin).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lines = new Option<bool>("--lines") { Description = "Treat each line of a text input as its own document." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read stdin (and files of any extension) as JSON lines with a 'text' field and optional 'id' and 'published'." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) used to resolve relative dates such as \"on Thursday\", for documents that do not carry their own." };
        var format = new Option<string>("--format") { Description = "Output format: jsonl (one object per line), json (an array) or html (a page that highlights what was found).", DefaultValueFactory = _ => "jsonl" };
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens in the output." };
        var output = new Option<string?>("--out") { Description = "Write the results to this file instead of stdout." };
        var jobs = new Option<int>("--jobs") { Description = "Documents analyzed in parallel (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "With --out: skip documents whose ids are already in the output file and append the rest (a partial last line left by an interrupted run is dropped first)." };
        var progress = new Option<string>("--progress") { Description = "Progress display: auto (live on a terminal, plain lines when stderr is redirected or CI=true), live, plain or none.", DefaultValueFactory = _ => "auto" };
        var command = new Command("extract", "Extract tokens, sentences, entities, people, roles and events as JSON.")
        {
            files, lines, jsonl, published, format, tokens, output, jobs, resume, progress,
        };
        command.SetAction(parse => Run(new ExtractSettings(
            parse.GetValue(files) ?? Array.Empty<string>(),
            parse.GetValue(lines),
            parse.GetValue(jsonl),
            parse.GetValue(published),
            parse.GetValue(format) ?? "jsonl",
            parse.GetValue(tokens),
            parse.GetValue(output),
            parse.GetValue(jobs),
            parse.GetValue(resume),
            parse.GetValue(progress) ?? "auto")));
        return command;
    }

    private static int Run(ExtractSettings settings)
    {
        DateOnly? published = null;
        if (settings.Published is not null)
        {
            if (!DateOnly.TryParseExact(settings.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Usage($"--published '{settings.Published}' is not a date; use YYYY-MM-DD, for example 2025-09-03.");
            }
            published = d;
        }
        if (settings.Format is not ("jsonl" or "json" or "html")) return Usage($"--format '{settings.Format}' is not supported; use jsonl, json or html.");
        if (settings.Jobs < 1) return Usage($"--jobs {settings.Jobs} is not possible; give at least 1.");
        if (settings.Progress is not ("auto" or "live" or "plain" or "none")) return Usage($"--progress '{settings.Progress}' is not supported; use auto, live, plain or none.");
        if (settings.Resume && settings.Output is null) return Usage("--resume needs --out FILE: it skips the documents already in that file.");
        if (settings.Resume && settings.Format != "jsonl") return Usage("--resume works with --format jsonl only.");

        HashSet<string> done = new(StringComparer.Ordinal);
        if (settings.Resume)
        {
            try
            {
                (done, long dropped) = ResumeLog.Prepare(settings.Output!);
                if (dropped > 0) Console.Error.WriteLine($"diplomacy-nlp: dropped a partial last line ({dropped:N0} bytes) from '{settings.Output}' left by an interrupted run.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Usage($"cannot resume from '{settings.Output}': {ex.Message}");
            }
        }

        Stream stream;
        try
        {
            stream = settings.Output is null
                ? Console.OpenStandardOutput()
                : new FileStream(settings.Output, settings.Resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Usage($"cannot write '{settings.Output}': {ex.Message}");
        }

        bool resultsGoToTerminal = settings.Output is null && !Console.IsOutputRedirected;
        var mode = ProgressDisplay.Resolve(settings.Progress, resultsGoToTerminal);
        using var writer = new ResultLineWriter(stream, settings.Format == "json", new JsonOutputOptions { IncludeTokens = settings.Tokens }, html: settings.Format == "html");
        return ProgressDisplay.Run(mode, alwaysSummarize: settings.Output is not null || settings.Progress == "plain",
            display => Extract(settings, published, done, writer, display));
    }

    private static int Extract(ExtractSettings settings, DateOnly? published, HashSet<string> done, ResultLineWriter writer, ProgressDisplay display)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // finish the current line, then stop
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            stop.Cancel();
        });

        // Read errors and resume skips happen on the batch's reader; their messages are shown from this thread.
        var readErrors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        long skipped = 0;
        IEnumerable<DocumentInput> Inputs()
        {
            foreach (var input in InputReader.Read(settings.Files, settings.Lines, settings.Jsonl, Console.In, exclude: settings.Output))
            {
                if (input.Error is not null)
                {
                    readErrors.Enqueue(input.Error);
                    continue;
                }
                if (done.Contains(input.Id))
                {
                    Interlocked.Increment(ref skipped);
                    continue;
                }
                yield return new DocumentInput(input.Text!, input.Id, input.Published ?? published);
            }
        }

        var pipeline = DiplomacyText.DefaultPipeline;
        var options = new BatchOptions { MaxDegreeOfParallelism = settings.Jobs };
        bool interrupted = false;
        try
        {
            foreach (var result in pipeline.ProcessMany(Inputs(), options, stop.Token))
            {
                Drain(readErrors, display);
                if (result.Result is null)
                {
                    display.Failed($"{result.Id}: {result.Error!.Message}");
                    continue;
                }
                writer.Write(result.Result);
                display.Succeeded(result.Result.Tokens.Count);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            interrupted = true;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        Drain(readErrors, display);
        display.Skipped = Interlocked.Read(ref skipped);
        if (interrupted)
        {
            string hint = settings.Output is null ? "" : "; rerun with --resume to continue";
            display.Message($"interrupted after {display.Documents:N0} documents{hint}");
            return 130;
        }
        return display.Failures == 0 ? 0 : 1;
    }

    private static void Drain(System.Collections.Concurrent.ConcurrentQueue<string> errors, ProgressDisplay display)
    {
        while (errors.TryDequeue(out var message)) display.Failed(message);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"diplomacy-nlp: {message}");
        return 2;
    }

    private sealed record ExtractSettings(
        string[] Files, bool Lines, bool Jsonl, string? Published, string Format, bool Tokens, string? Output, int Jobs, bool Resume, string Progress);
}
