namespace Beian.Web.Infrastructure;

/// <summary>
/// A progress bar for long command-line work: redrawn in place on a terminal; written as a line at every tenth when the
/// output goes to a file or a pipe, so that a log of a night's run says how far it came. Safe to feed from parallel workers.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool redraw)
{
    private const int Width = 30;
    private readonly Lock _lock = new();
    private string? _label;
    private int _shown = -1;

    /// <summary>True when <paramref name="output"/> is a terminal that can redraw a line.</summary>
    public static bool CanRedraw(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public void Show(string label, long done, long total)
    {
        if (total <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (label != _label)
            {
                (_label, _shown) = (label, -1);
            }

            var percent = (int)(100 * Math.Clamp(done, 0, total) / total);
            var step = redraw ? percent : percent / 10 * 10;
            if (step == _shown)
            {
                return;
            }

            _shown = step;
            var filled = Width * percent / 100;
            var line = $"  {label} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{total}";
            if (redraw)
            {
                output.Write("\r" + line + (percent == 100 ? Environment.NewLine : string.Empty));
            }
            else
            {
                output.WriteLine(line);
            }
        }
    }
}
