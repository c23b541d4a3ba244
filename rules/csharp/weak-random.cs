using System;
using System.Security.Cryptography;
using System.Text;

public class TokenService
{
    private static readonly Random random = new Random();
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public string NewResetToken()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 32; i++)
        {
            // todoruleid: csharp.random.insecure-random
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return sb.ToString();
    }

    public string NewSecret()
    {
        var secret = new StringBuilder();
        for (int i = 0; i < 32; i++)
        {
            // ruleid: csharp.random.insecure-random
            secret.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return secret.ToString();
    }

    public string NewPassword()
    {
        var rnd = new Random();
        // ruleid: csharp.random.insecure-random
        string password = new string(Enumerable.Repeat(Alphabet, 12).Select(s => s[rnd.Next(s.Length)]).ToArray());
        return password;
    }

    public string NewApiKey()
    {
        // ruleid: csharp.random.insecure-random
        long apiKey = random.NextInt64();
        // ruleid: csharp.random.insecure-random
        var SESSION_ID = random.Next().ToString("x");
        return apiKey.ToString("x") + SESSION_ID;
    }

    public int NewOtp()
    {
        // ruleid: csharp.random.insecure-random
        int otp = new Random().Next(100000, 999999);
        return otp;
    }

    public byte[] NewKey()
    {
        byte[] key = new byte[32];
        // ruleid: csharp.random.insecure-random
        random.NextBytes(key);
        return key;
    }

    public void Reset(User user)
    {
        // ruleid: csharp.random.insecure-random
        user.VerificationCode = random.Next(1000, 9999).ToString();
    }

    public byte[] NewKeySafe()
    {
        byte[] key = new byte[32];
        // ok: csharp.random.insecure-random
        RandomNumberGenerator.Fill(key);
        return key;
    }

    public int NewOtpSafe()
    {
        // ok: csharp.random.insecure-random
        int otp = RandomNumberGenerator.GetInt32(100000, 1000000);
        return otp;
    }

    public int PickColor()
    {
        // ok: csharp.random.insecure-random
        int index = random.Next(10);
        return index;
    }

    public void Shuffle(int[] deck)
    {
        for (int i = deck.Length - 1; i > 0; i--)
        {
            // ok: csharp.random.insecure-random
            int j = random.Next(i + 1);
            (deck[i], deck[j]) = (deck[j], deck[i]);
        }
    }

    public void Assign(List<User> users, Message message)
    {
        // ok: csharp.random.insecure-random
        message.receiver = users[random.Next(0, users.Count)];
        // ok: csharp.random.insecure-random
        var key = random.Next(100);
        // ok: csharp.random.insecure-random
        int keyboardLayout = random.Next(3);
    }

    public void Fill(byte[] noise)
    {
        // ok: csharp.random.insecure-random
        random.NextBytes(noise);
    }
}

public class User
{
    public string VerificationCode { get; set; }
}
