namespace Nanwu.Cli.Bench;

/// <summary>What node with js-yaml and ajv made of the same YAML files, in one process.</summary>
public sealed record NodeResult(TimedRun? Run, int Files, int Invalid, string? Missing);
