using System.Globalization;

namespace Nanwu.Cli.Bench;

/// <summary>The machine and tool versions a run was measured on, for the results file.</summary>
public static class Machine
{
    public static string Describe()
    {
        var parts = new[]
        {
            $"{Environment.ProcessorCount} 核，{MemoryGiB()} GiB 内存",
            $"dotnet {Tools.Version("dotnet", "--version") ?? "未知"}",
            $"hugo {HugoVersion() ?? "未安装"}",
            $"node {Tools.Version("node", "--version") ?? "未安装"}",
        };
        return string.Join("；", parts);
    }

    /// <summary>How the peak memory column was measured.</summary>
    public static string MemoryMethod() => TimedRun.HasGnuTime
        ? "GNU time 的最大常驻内存（%M；有子进程时取其中最大的一个）"
        : "未测（GNU time 未安装：运行 build/prepare.sh bench）";

    /// <summary>The one-minute load average when the run starts: other work on the machine skews every time.</summary>
    public static string Load()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? File.ReadAllText(loadavg).Split(' ')[0] : "未知";
    }

    // "hugo v0.111.3+extended linux/amd64 BuildDate=…" → "v0.111.3+extended".
    private static string? HugoVersion() =>
        Tools.Version("hugo", "version")?.Split(' ').ElementAtOrDefault(1);

    private static string MemoryGiB()
    {
        const string meminfo = "/proc/meminfo";
        var line = File.Exists(meminfo)
            ? File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var gib = kib is null ? (double?)null : double.Parse(kib, CultureInfo.InvariantCulture) / 1024 / 1024;
        return gib?.ToString("0.0", CultureInfo.InvariantCulture) ?? "未知";
    }
}
