using System.DirectoryServices;

public class Directory
{
    public SearchResult FindUser(DirectoryEntry root, string user)
    {
        var searcher = new DirectorySearcher(root);
        // ruleid: csharp.ldap.filter-injection
        searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + user + "))";
        return searcher.FindOne();
    }

    public SearchResult FindByMail(DirectoryEntry root, string mail)
    {
        // ruleid: csharp.ldap.filter-injection
        var searcher = new DirectorySearcher(root, $"(mail={mail})");
        return searcher.FindOne();
    }

    public SearchResult FindUserSafe(DirectoryEntry root, string user)
    {
        var searcher = new DirectorySearcher(root);
        // ok: csharp.ldap.filter-injection
        searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + Encoder.LdapFilterEncode(user) + "))";
        return searcher.FindOne();
    }

    public SearchResult AllUsers(DirectoryEntry root)
    {
        var searcher = new DirectorySearcher(root);
        // ok: csharp.ldap.filter-injection
        searcher.Filter = "(objectClass=user)";
        return searcher.FindOne();
    }
}
