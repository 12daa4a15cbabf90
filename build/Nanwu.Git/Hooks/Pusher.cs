namespace Nanwu.Git.Hooks;

/// <summary>
/// Who pushed, as the host says: Gitea's GITEA_PUSHER_NAME, gitolite's GL_USER, else the
/// configured fallback (plain SSH, where every pusher is the same system user).
/// </summary>
public sealed record Pusher(string Account, string Source)
{
    public static Pusher? From(Func<string, string?> environment, string? fallback)
    {
        foreach (var name in new[] { "GITEA_PUSHER_NAME", "GL_USER" })
        {
            if (environment(name) is { Length: > 0 } account)
            {
                return new Pusher(account, name);
            }
        }

        return fallback is null ? null : new Pusher(fallback, $"{HookConfig.Section}.fallbackPusher");
    }
}
