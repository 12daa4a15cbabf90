namespace Nanwu.Synthetic;

/// <summary>
/// A small deterministic random source (SplitMix64). System.Random's sequence for a seed is not
/// promised to stay the same across .NET versions; generated data sets and fuzz runs must.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A source for one part of a data set, independent of the order parts are made in.</summary>
    public static SeededRandom For(int seed, params int[] parts)
    {
        var state = (ulong)(uint)seed;
        foreach (var part in parts)
        {
            state = Mix(state ^ ((ulong)(uint)part + 0x9E3779B97F4A7C15UL));
        }

        return new SeededRandom(state);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number from <paramref name="min"/> up to but not including <paramref name="max"/>.</summary>
    public int Next(int min, int max)
    {
        if (max <= min)
        {
            return min;
        }

        return min + (int)(NextULong() % (ulong)(max - min));
    }

    public int Next(int max) => Next(0, max);

    /// <summary>True with the given chance (0 to 1).</summary>
    public bool Chance(double p) => NextULong() % 1_000_000UL < (ulong)(p * 1_000_000);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
