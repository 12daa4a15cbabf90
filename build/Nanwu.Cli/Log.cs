using System.Diagnostics;

namespace Nanwu.Cli;

/// <summary>
/// Progress lines for people, on standard error so that diagnostics on standard output stay
/// clean for tools. Each stage says what it did, with counts and time taken.
/// </summary>
public sealed class Log(TextWriter writer, bool quiet = false)
{
    public void Info(string message)
    {
        if (!quiet)
        {
            writer.WriteLine(message);
        }
    }

    /// <summary>Runs a stage and logs its result line with the time it took.</summary>
    public T Stage<T>(string name, Func<T> work, Func<T, string> describe)
    {
        var clock = Stopwatch.StartNew();
        Info($"{name}……");
        var result = work();
        Info($"{name}完成：{describe(result)}（{clock.Elapsed.TotalSeconds:0.00} 秒）");
        return result;
    }
}
