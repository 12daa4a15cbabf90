using Nanwu.Records.Diagnostics;
using Nanwu.Records.Values;

namespace Nanwu.Checking.Rules;

/// <summary>A notice is not published after the as-of date and does not expire before it is published.</summary>
internal sealed class NoticeRule : IRule
{
    public void Check(CheckContext context)
    {
        foreach (var notice in context.Data.Notices)
        {
            Amounts.CheckNotFuture(context, notice.Source, "发布日期", notice.PublishedOn);
            if (notice.ExpiresOn is { } expires && expires < notice.PublishedOn)
            {
                context.Report(Messages.ExpiryBeforePublish(notice.Source.At("有效期至"), "有效期至",
                    Dates.Format(expires), Dates.Format(notice.PublishedOn)));
            }
        }
    }
}
