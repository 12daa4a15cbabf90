using System.Text.Json.Nodes;

namespace Nanwu.Workbooks.Import;

/// <summary>Sets a dotted field (刑事打击.新发案件.抓捕) in a record, making the objects on the way.</summary>
internal static class JsonPaths
{
    public static void Set(JsonObject root, string field, JsonNode? value)
    {
        var parts = field.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }
}
