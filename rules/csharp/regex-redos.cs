using System;
using System.Text.RegularExpressions;

public class Validators
{
    // ruleid: csharp.regex.catastrophic-backtracking
    private static readonly Regex Slow = new Regex(@"^(\w+\s?)*$");

    public bool IsName(string input)
    {
        // ruleid: csharp.regex.catastrophic-backtracking
        return Regex.IsMatch(input, @"^([a-zA-Z]+)*$");
    }

    public Match FindTags(string html)
    {
        // ruleid: csharp.regex.catastrophic-backtracking
        return Regex.Match(html, "(<[a-z]+\\s*)+>", RegexOptions.IgnoreCase);
    }

    public bool IsCode(string input)
    {
        // ok: csharp.regex.catastrophic-backtracking
        return Regex.IsMatch(input, @"^[A-Z]{3}-\d{4}$");
    }

    public bool IsNameBounded(string input)
    {
        // ok: csharp.regex.catastrophic-backtracking
        return Regex.IsMatch(input, @"^([a-zA-Z]+)*$", RegexOptions.None, TimeSpan.FromMilliseconds(200));
    }

    public bool IsNameLinear(string input)
    {
        // ok: csharp.regex.catastrophic-backtracking
        return Regex.IsMatch(input, @"^([a-zA-Z]+)*$", RegexOptions.NonBacktracking);
    }

    public bool IsWords(string input)
    {
        // ok: csharp.regex.catastrophic-backtracking
        return Regex.IsMatch(input, @"^(\w+ )?\w+$");
    }
}
