using System.Text.RegularExpressions;
using Nanwu.Loading.Binding;
using Nanwu.Loading.Schema;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Loading;

/// <summary>
/// Binds parsed files into a <see cref="DataSet"/> in path order: the campaign and villages
/// first, since record files are judged against them (is the round known, is the owner).
/// </summary>
internal sealed partial class Assembler(
    ParsedFile[] parsed, SchemaSet schemas, FormSet forms, DiagnosticBag bag, AssemblyScope scope)
{
    private readonly List<DataFile> _files = [];
    private readonly List<PrivateValue> _private = [];
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    public DataSet Assemble()
    {
        var township = scope.ReadsTownship
            ? Single(RecordKind.Township, scope.Folder + "township.yaml", RecordBinder.Township)
            : Single(RecordKind.Region, "data/region.yaml", RecordBinder.Region);
        var group = scope.ReadsTownship
            ? Single(RecordKind.LeadingGroup, scope.Folder + "leading-group.yaml", RecordBinder.LeadingGroup)
            : null;
        var campaign = scope.ReadsRounds
            ? RepeatedRounds.Drop(Single(RecordKind.Rounds, "data/rounds.yaml", RecordBinder.Campaign), bag)
            : scope.SharedCampaign;
        if (scope.IsRegionTop)
        {
            RejectTownshipFilesAtTop();
        }

        var exceptions = Of(RecordKind.PublicAllowList)
            .SelectMany(f => Accept(f, RecordBinder.PublicExceptions(f.Document!)))
            .ToList();
        var villages = Of(RecordKind.Village)
            .Select(f => Accept(f, RecordBinder.Village(f.Placement!, f.Document!, Source(f))))
            .ToList();
        var owners = villages.ToDictionary(v => v.Id, v => v.AsOwner());
        var townshipOwner = new Owner(Owner.TownshipId, township?.Name ?? "乡本级", IsTownship: true);
        ReportFoldersWithoutVillageFile(owners);

        Owner OwnerOf(ParsedFile f) =>
            f.Placement!.OwnerId == Owner.TownshipId ? townshipOwner
            : owners.TryGetValue(f.Placement.OwnerId!, out var o) ? o
            : new Owner(f.Placement.OwnerId!, f.Placement.OwnerId!, IsTownship: false);

        var workStats = Owned(RecordKind.WorkStats, owners)
            .Where(f => RoundKnown(f, campaign))
            .Select(f => Accept(f,
                RecordBinder.Form(RecordKind.WorkStats, OwnerOf(f), f.Placement!, f.Document!, Source(f))))
            .ToList();
        var monthly = Owned(RecordKind.Monthly, owners)
            .Where(MonthValid)
            .Select(f => Accept(f,
                RecordBinder.Form(RecordKind.Monthly, OwnerOf(f), f.Placement!, f.Document!, Source(f))))
            .ToList();
        var clues = Owned(RecordKind.Clue, owners)
            .Select(f => Accept(f, RecordBinder.Clue(OwnerOf(f), f.Placement!, f.Document!, Source(f))))
            .ToList();
        var crossProvince = Owned(RecordKind.CrossProvince, owners)
            .Select(f => Accept(f, RecordBinder.CrossProvince(OwnerOf(f), f.Placement!, f.Document!, Source(f))))
            .ToList();
        var notices = Of(RecordKind.Notice).Concat(Of(RecordKind.TypicalCase)).Concat(Of(RecordKind.Page))
            .Select(f => Accept(f, RecordBinder.Notice(f.Placement!, f.Document!, f.Markdown, f.BodyLine, Source(f))))
            .ToList();
        var assets = parsed.Where(f => f.Placement?.Kind == RecordKind.Asset && f.Placement.OwnerId is null)
            .Select(f => f.Path)
            .ToList();
        var stamped = parsed.Where(f => f.Placement?.Kind == RecordKind.Asset && f.Placement.OwnerId is not null)
            .Where(f => !_rejected.Contains(f.Path))
            .Where(f => RoundKnown(f, campaign))
            .Select(f => new StampedCopy(OwnerOf(f), f.Placement!.Id, f.Path))
            .ToList();

        RecordOutcomes(assets.Concat(stamped.Select(s => s.Path)).ToHashSet(StringComparer.Ordinal));
        return new DataSet(township, group, campaign, villages, workStats, monthly, clues, crossProvince,
            notices, assets, _private, exceptions, _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), forms)
        {
            Stamped = stamped,
        };
    }

    private T? Single<T>(RecordKind kind, string path, Func<Yaml.YamlDocument, RecordSource, T> bind)
        where T : class
    {
        var file = parsed.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            bag.Add(Messages.MissingRequiredFile(path));
            return null;
        }

        return file.Document is null ? null : Accept(file, bind(file.Document, Source(file)));
    }

    private IEnumerable<ParsedFile> Of(RecordKind kind) =>
        parsed.Where(f => f.Placement?.Kind == kind && f.Document is not null && !_rejected.Contains(f.Path));

    // A region's top level holds no township's files: each is told where its township folder is.
    private void RejectTownshipFilesAtTop()
    {
        foreach (var file in parsed.Where(f => f.Placement is { Township: null } p
                     && (p.Kind is RecordKind.Township or RecordKind.LeadingGroup || p.OwnerId is not null)))
        {
            bag.Add(Messages.OutsideTownshipFolder(file.Path, file.Path["data/".Length..]));
            _rejected.Add(file.Path);
        }
    }

    // A village's records need its village.yaml (missing or invalid): without it they would
    // count nowhere, so each is rejected with a word of why, never dropped in silence.
    private IEnumerable<ParsedFile> Owned(RecordKind kind, Dictionary<string, Owner> owners) =>
        Of(kind).Where(f =>
        {
            var owner = f.Placement!.OwnerId!;
            if (owner == Owner.TownshipId || owners.ContainsKey(owner))
            {
                return true;
            }

            bag.Add(Messages.RecordOfUnknownVillage(f.Path, owner));
            return false;
        });

    private T Accept<T>(ParsedFile file, T record)
    {
        _private.AddRange(PrivateFields.Collect(schemas.NodeOf(file.Placement!.Kind), file.Root, Source(file)));
        _files.Add(new DataFile(file.Path, file.Placement.Kind, FileStatus.Record));
        return record;
    }

    private bool RoundKnown(ParsedFile file, Campaign? campaign)
    {
        // Without rounds.yaml (reported once as missing) rounds cannot be judged; keep the records.
        if (campaign is null || campaign.FindRound(file.Placement!.Id) is not null)
        {
            return true;
        }

        bag.Add(Messages.UnknownRound(file.Path, file.Placement!.Id, campaign.Rounds.Select(r => r.Id)));
        return false;
    }

    private bool MonthValid(ParsedFile file)
    {
        if (MonthPattern().IsMatch(file.Placement!.Id))
        {
            return true;
        }

        bag.Add(Messages.BadMonth(file.Path, file.Placement.Id));
        return false;
    }

    private void ReportFoldersWithoutVillageFile(Dictionary<string, Owner> owners)
    {
        var folders = parsed
            .Where(f => f.Placement?.OwnerId is { } id && id != Owner.TownshipId && !owners.ContainsKey(id)
                && !_rejected.Contains(f.Path)
                && f.Placement.Kind != RecordKind.Village)
            .Select(f => f.Placement!.OwnerId!)
            .Distinct(StringComparer.Ordinal);
        foreach (var id in folders)
        {
            if (!parsed.Any(f => f.Placement?.Kind == RecordKind.Village && f.Placement.OwnerId == id))
            {
                bag.Add(Messages.MissingVillageFile($"{scope.Folder}villages/{id}"));
            }
        }
    }

    // Assets are accepted when placed; a stamped scan (stamped/<round>.pdf) also needs a known round.
    private void RecordOutcomes(IReadOnlySet<string> assets)
    {
        var accepted = _files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var file in parsed.Where(f => !accepted.Contains(f.Path)))
        {
            var status = assets.Contains(file.Path) ? FileStatus.Asset : FileStatus.Rejected;
            _files.Add(new DataFile(file.Path, file.Placement?.Kind, status));
        }
    }

    private static RecordSource Source(ParsedFile file) => new(file.Path, file.Document!.ValuePositions);

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
