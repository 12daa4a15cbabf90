using System.Text.Json.Nodes;
using Nanwu.Records.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Nanwu.Loading.Yaml;

/// <summary>
/// Reads one YAML document into JSON straight from the parser's events, so that limits are
/// counted as the events arrive, duplicate keys are caught at the second key, and every
/// value keeps its line and column. Aliases, anchors and merge keys are refused: records
/// never need them, and refusing them makes alias bombs impossible.
/// </summary>
public sealed class YamlReader(ReadLimits limits)
{
    /// <summary>Parses <paramref name="text"/>; returns null and adds diagnostics when it cannot.</summary>
    public YamlDocument? Read(string path, string text, ICollection<Diagnostic> diagnostics)
    {
        if (FindTabIndent(text) is { } tab)
        {
            diagnostics.Add(Messages.TabIndent(new SourceSpan(path, tab.Line, tab.Column)));
            return null;
        }

        var state = new ReadState(path, limits);
        try
        {
            return state.ReadStream(new Parser(new StringReader(text)));
        }
        catch (YamlException e)
        {
            diagnostics.Add(state.Problem ?? Messages.YamlSyntax(
                new SourceSpan(path, (int)e.Start.Line, (int)e.Start.Column), e.Message));
            return null;
        }
        catch (ReadRefused)
        {
            diagnostics.Add(state.Problem!);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1 throws these instead of a YamlException on some broken input (an
            // unclosed "[" followed by a key on the next line); the last place read is the nearest clue.
            diagnostics.Add(Messages.YamlUnreadable(state.LastPlace));
            return null;
        }
    }

    private static (int Line, int Column)? FindTabIndent(string text)
    {
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                return (line, column);
            }

            if (c != ' ' && c != '\r')
            {
                atLineStart = false;
            }

            column++;
        }

        return null;
    }

    private sealed class ReadRefused : Exception;

    private sealed class ReadState(string path, ReadLimits limits)
    {
        private readonly Dictionary<string, (int, int)> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int, int)> _keys = new(StringComparer.Ordinal);
        private int _nodes;

        public Diagnostic? Problem { get; private set; }

        /// <summary>Where the last node or key read starts; the file start before any.</summary>
        public SourceSpan LastPlace { get; private set; } = SourceSpan.FileStart(path);

        public YamlDocument? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out var end))
            {
                Refuse(Messages.EmptyFile(Span(end.Start)));
            }

            parser.Consume<DocumentStart>();
            var rootEvent = parser.Current!;
            var root = ReadNode(parser, "", 0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart second)
            {
                Refuse(Messages.MultipleDocuments(Span(second.Start)));
            }

            if (root is not JsonObject mapping)
            {
                Refuse(root is null
                    ? Messages.EmptyFile(Span(rootEvent.Start))
                    : Messages.NotMapping(Span(rootEvent.Start)));
                return null;
            }

            return new YamlDocument(mapping, _values, _keys);
        }

        private JsonNode? ReadNode(IParser parser, string field, int depth)
        {
            var current = parser.Current!;
            LastPlace = Span(current.Start);
            if (++_nodes > limits.MaxNodes)
            {
                Refuse(Messages.TooManyNodes(Span(current.Start), limits.MaxNodes));
            }

            if (depth > limits.MaxDepth)
            {
                Refuse(Messages.TooDeep(Span(current.Start), field, limits.MaxDepth));
            }

            if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            {
                Refuse(Messages.Alias(Span(current.Start), field));
            }

            _values[field] = (Line(current.Start), Column(current.Start));
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty
                        ? ScalarTyping.Type(scalar.Value)
                        : JsonValue.Create(scalar.Value);
                case SequenceStart:
                    return ReadSequence(parser, field, depth);
                case MappingStart:
                    return ReadMapping(parser, field, depth);
                default:
                    throw new YamlException(current.Start, current.End, "unexpected event " + current);
            }
        }

        private JsonArray ReadSequence(IParser parser, string field, int depth)
        {
            parser.MoveNext();
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, Join(field, array.Count.ToString()), depth + 1));
            }

            return array;
        }

        private JsonObject ReadMapping(IParser parser, string field, int depth)
        {
            parser.MoveNext();
            var mapping = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (parser.Current is not Scalar key)
                {
                    Refuse(Messages.ComplexKey(Span(parser.Current!.Start), field));
                    return mapping;
                }

                if (key.Value == "<<" && key.Style == ScalarStyle.Plain)
                {
                    Refuse(Messages.Alias(Span(key.Start), field));
                }

                var child = Join(field, key.Value);
                if (_keys.TryGetValue(child, out var first) && mapping.ContainsKey(key.Value))
                {
                    Refuse(Messages.DuplicateKey(Span(key.Start), child, first.Item1));
                }

                _keys[child] = (Line(key.Start), Column(key.Start));
                parser.MoveNext();
                mapping[key.Value] = ReadNode(parser, child, depth + 1);
            }

            return mapping;
        }

        private static string Join(string parent, string key) =>
            parent.Length == 0 ? key : parent + "." + key;

        private static int Line(Mark mark) => (int)mark.Line;

        private static int Column(Mark mark) => (int)mark.Column;

        private SourceSpan Span(Mark mark) => new(path, Line(mark), Column(mark));

        private void Refuse(Diagnostic problem)
        {
            Problem = problem;
            throw new ReadRefused();
        }
    }
}
