namespace Sobes.Web.Infrastructure;

public sealed record PagerModel(int Page, int Pages, Func<int, string> Url)
{
    /// <summary>First, last and a window around the current page; 0 marks a gap.</summary>
    public IEnumerable<int> Visible()
    {
        var last = 0;
        for (var p = 1; p <= Pages; p++)
        {
            if (p == 1 || p == Pages || Math.Abs(p - Page) <= 2)
            {
                if (last != 0 && p - last > 1) yield return 0;
                yield return p;
                last = p;
            }
        }
    }
}
