using System.Text.Json.Nodes;
using Nanwu.Synthetic;
using Nanwu.TestSupport;

namespace Nanwu.Loading.Tests.FastPath;

/// <summary>
/// The comparison corpus, made once for the class: the repository's sample records, a generated
/// data set with invalid files, and mutations of every valid one of them, also written out as a
/// repository of their own (beside a copy of the sample data) for the loader to read.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    private const int MutationsPerRecord = 8;

    private readonly string _root;

    public CorpusFixture()
    {
        var root = Path.Combine(Path.GetTempPath(), "nanwu-fastpath-" + Guid.NewGuid().ToString("N"));
        SyntheticRoot = Path.Combine(root, "synthetic");
        MutationRoot = Path.Combine(root, "mutations");
        _root = root;

        SyntheticData.CopyToolFiles(Repo.Root, SyntheticRoot);
        SyntheticData.Generate(SyntheticRoot, new SyntheticOptions { Villages = 20, InvalidFiles = 40 });
        Sample = RecordCorpus.Read(Repo.Root);
        Synthetic = RecordCorpus.Read(SyntheticRoot);
        Mutated = MakeMutations([.. Sample, .. Synthetic]);
        WriteMutationRepository();
    }

    public string SyntheticRoot { get; }

    public string MutationRoot { get; }

    internal List<CorpusItem> Sample { get; }

    internal List<CorpusItem> Synthetic { get; }

    internal List<CorpusItem> Mutated { get; }

    internal ReferenceVerdicts Verdicts { get; } = new();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private List<CorpusItem> MakeMutations(List<CorpusItem> sources)
    {
        var made = new List<CorpusItem>();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (!Verdicts.LibrarySays(source.Kind, source.Document.Root))
            {
                continue;
            }

            var n = 0;
            foreach (var root in Mutations.Of(source.Document.Root, seed: i, MutationsPerRecord))
            {
                if (RecordCorpus.Mutated(source, root, n++) is { } item)
                {
                    made.Add(item);
                }
            }
        }

        return made;
    }

    private void WriteMutationRepository()
    {
        SyntheticData.CopyToolFiles(Repo.Root, MutationRoot);
        // Note: a count past int.MaxValue that the schema lets through (1e20 is an "integer")
        // makes RecordBinder throw, on either path; those records are compared above, not loaded.
        var loadable = Sample.Concat(Mutated).Where(i => i.DiskPath is not null && !HasHugeNumber(i.Document.Root));
        foreach (var item in loadable)
        {
            var full = Path.Combine(MutationRoot, item.DiskPath!);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, item.Text);
        }
    }

    private static bool HasHugeNumber(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => HasHugeNumber(p.Value)),
        JsonArray array => array.Any(HasHugeNumber),
        JsonValue v => v.TryGetValue<decimal>(out var n) && Math.Abs(n) > int.MaxValue,
        _ => false,
    };
}
