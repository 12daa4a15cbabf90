using Nanwu.Records.Model;

namespace Nanwu.Aggregation.History;

/// <summary>
/// One side of a round-over-round comparison: the data and the round read from it. A side is
/// a snapshot when it is the data of its own tag; otherwise clues are compared by their dates.
/// </summary>
public sealed record RoundSide(DataSet Data, Round Round, bool IsSnapshot);
