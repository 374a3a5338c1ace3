using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace DiplomacyNlp.Cli;

/// <summary>How a run shows its progress.</summary>
internal enum ProgressMode
{
    /// <summary>No progress output.</summary>
    None,
    /// <summary>Plain lines on stderr every few seconds and a summary at the end.</summary>
    Plain,
    /// <summary>A Spectre.Console live display on the terminal.</summary>
    Live,
}

/// <summary>Receives progress and user-facing messages from the extract loop (always called from that one thread).</summary>
internal abstract class ProgressDisplay
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public long Documents { get; private set; }

    public long Tokens { get; private set; }

    public long Failures { get; private set; }

    public long Skipped { get; set; }

    protected TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Picks the display: live on an interactive terminal (when results do not go to that terminal), plain lines when stderr is redirected or CI=true.</summary>
    public static ProgressMode Resolve(string requested, bool resultsGoToTerminal)
    {
        switch (requested)
        {
            case "none": return ProgressMode.None;
            case "plain": return ProgressMode.Plain;
            case "live": return ProgressMode.Live;
        }
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ci || Console.IsErrorRedirected) return ProgressMode.Plain;
        return resultsGoToTerminal ? ProgressMode.None : ProgressMode.Live;
    }

    /// <summary>Runs <paramref name="body"/> with the display of <paramref name="mode"/>.</summary>
    public static int Run(ProgressMode mode, bool alwaysSummarize, Func<ProgressDisplay, int> body) => mode switch
    {
        ProgressMode.Live => LiveProgress.RunLive(body),
        ProgressMode.Plain => RunPlain(alwaysSummarize, body),
        _ => body(new SilentProgress()),
    };

    private static int RunPlain(bool alwaysSummarize, Func<ProgressDisplay, int> body)
    {
        var display = new PlainProgress(TimeSpan.FromSeconds(5), alwaysSummarize);
        int code = body(display);
        display.Finish();
        return code;
    }

    public void Succeeded(long tokens)
    {
        Documents++;
        Tokens += tokens;
        Tick();
    }

    public void Failed(string message)
    {
        Failures++;
        Message(message);
        Tick();
    }

    /// <summary>Shows a one-line message to the user (errors, notes).</summary>
    public abstract void Message(string message);

    protected abstract void Tick();

    protected string Summary()
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        var inv = CultureInfo.InvariantCulture;
        string skipped = Skipped > 0 ? string.Create(inv, $", {Skipped:N0} skipped (already in output)") : "";
        return string.Create(inv,
            $"{Documents:N0} documents ({Documents / seconds:N1}/s), {Tokens:N0} tokens ({Tokens / seconds:N0}/s), {Failures:N0} failed{skipped}, {Elapsed.TotalSeconds:N1} s");
    }

    private sealed class SilentProgress : ProgressDisplay
    {
        public override void Message(string message) => Console.Error.WriteLine($"diplomacy-nlp: {message}");

        protected override void Tick()
        {
        }
    }

    private sealed class PlainProgress : ProgressDisplay
    {
        private readonly TimeSpan _interval;
        private readonly bool _alwaysSummarize;
        private TimeSpan _next;
        private bool _printed;

        public PlainProgress(TimeSpan interval, bool alwaysSummarize)
        {
            _interval = interval;
            _next = interval;
            _alwaysSummarize = alwaysSummarize;
        }

        public override void Message(string message) => Console.Error.WriteLine($"diplomacy-nlp: {message}");

        protected override void Tick()
        {
            if (Elapsed < _next) return;
            _next = Elapsed + _interval;
            _printed = true;
            Console.Error.WriteLine($"diplomacy-nlp: progress: {Summary()}");
        }

        public void Finish()
        {
            if (_printed || _alwaysSummarize) Console.Error.WriteLine($"diplomacy-nlp: done: {Summary()}");
        }
    }

    private sealed class LiveProgress : ProgressDisplay
    {
        private readonly IAnsiConsole _console;
        private ProgressTask? _task;
        private TimeSpan _next;

        private LiveProgress(IAnsiConsole console) => _console = console;

        public static int RunLive(Func<ProgressDisplay, int> body)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var display = new LiveProgress(console);
            int code = console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .Start(context =>
                {
                    display._task = context.AddTask("extracting").IsIndeterminate();
                    int result = body(display);
                    display._task.Description = Markup.Escape(display.Summary());
                    display._task.IsIndeterminate = false;
                    display._task.Value = display._task.MaxValue;
                    display._task.StopTask();
                    return result;
                });
            return code;
        }

        public override void Message(string message) => _console.MarkupLine($"[red]diplomacy-nlp:[/] {Markup.Escape(message)}");

        protected override void Tick()
        {
            if (_task is null || Elapsed < _next) return;
            _next = Elapsed + TimeSpan.FromMilliseconds(200);
            _task.Description = Markup.Escape(Summary());
        }
    }
}
