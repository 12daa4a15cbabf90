namespace Nanwu.Checking;

/// <summary>A domain rule of DESIGN.md, checked after the schemas.</summary>
public interface IRule
{
    void Check(CheckContext context);
}
