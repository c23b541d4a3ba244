using System;
using System.Security.Cryptography;
using System.Text;

public static class Hashing
{
    public static string HashPassword(string password)
    {
        // ruleid: csharp.crypto.weak-hash
        using (var md5 = MD5.Create())
        {
            return Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
        }
    }

    public static byte[] Fingerprint(byte[] data)
    {
        // ruleid: csharp.crypto.weak-hash
        using var sha = new SHA1CryptoServiceProvider();
        return sha.ComputeHash(data);
    }

    public static byte[] Checksum(byte[] data)
    {
        // ruleid: csharp.crypto.weak-hash
        return System.Security.Cryptography.SHA1.HashData(data);
    }

    public static string TokenId(string token)
    {
        // ruleid: csharp.crypto.weak-hash
        MD5 md5 = new MD5CryptoServiceProvider();
        return BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(token)));
    }

    public static HashAlgorithm ByName()
    {
        // ruleid: csharp.crypto.weak-hash
        return HashAlgorithm.Create("MD5");
    }

    public static byte[] Integrity(byte[] data)
    {
        // ok: csharp.crypto.weak-hash
        using var sha = SHA256.Create();
        return sha.ComputeHash(data);
    }

    public static byte[] DerivePassword(string password, byte[] salt)
    {
        // ok: csharp.crypto.weak-hash
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
    }

    public static HashAlgorithm ByStrongName()
    {
        // ok: csharp.crypto.weak-hash
        return HashAlgorithm.Create("SHA256");
    }
}
