using MathNet.Numerics.Random;

namespace Advisor.Engine.Personalization;

/// <summary>
/// Standard normal numbers from a seed, fast enough to draw a phase's scores dozens of times per
/// routine: uniforms from MathNet's xoshiro256** in bulk, turned into normals by the ziggurat method
/// (Marsaglia and Tsang; 128 layers, as in Doornik's ZIGNOR), which is exact and mostly needs no
/// logarithm or square root. The same seed always gives the same numbers.
/// </summary>
internal static class GaussianNoise
{
    private const int Layers = 128;
    private const double TailStart = 3.442619855899;
    private const double LayerArea = 9.91256303526217e-3;

    private static readonly double[] Edge = Edges();
    private static readonly double[] Inner = Enumerable.Range(0, Layers).Select(i => Edge[i + 1] / Edge[i]).ToArray();

    /// <summary>Fills <paramref name="normals"/> with standard normal numbers drawn from <paramref name="seed"/>.</summary>
    public static void Fill(Span<double> normals, int seed)
    {
        // About one uniform per normal: rejections are rare (under 2%), and a short block is refilled from the next seed.
        var uniforms = new Uniforms(seed, normals.Length + normals.Length / 16 + 16);
        for (int n = 0; n < normals.Length; n++) normals[n] = Next(ref uniforms);
    }

    /// <summary>
    /// One normal. A single uniform picks both the layer (its top 7 bits, of 53) and the point in it
    /// (the other 46 bits), which are independent; the wedges and the tail take more.
    /// </summary>
    private static double Next(ref Uniforms uniforms)
    {
        while (true)
        {
            double scaled = uniforms.Next() * Layers;
            int layer = (int)scaled;
            double u = 2 * (scaled - layer) - 1;
            double x = u * Edge[layer];
            if (Math.Abs(u) < Inner[layer]) return x;
            if (layer == 0) return Tail(ref uniforms, u < 0);
            double f0 = Math.Exp(-0.5 * (Edge[layer] * Edge[layer] - x * x));
            double f1 = Math.Exp(-0.5 * (Edge[layer + 1] * Edge[layer + 1] - x * x));
            if (f1 + (f0 - f1) * uniforms.Next() < 1) return x;
        }
    }

    /// <summary>Beyond the last layer: Marsaglia's exact method for the normal tail.</summary>
    private static double Tail(ref Uniforms uniforms, bool negative)
    {
        double x, y;
        do
        {
            x = Math.Log(1 - uniforms.Next()) / TailStart;
            y = Math.Log(1 - uniforms.Next());
        }
        while (-2 * y < x * x);

        return negative ? x - TailStart : TailStart - x;
    }

    private static double[] Edges()
    {
        var edge = new double[Layers + 1];
        double f = Math.Exp(-0.5 * TailStart * TailStart);
        edge[0] = LayerArea / f;
        edge[1] = TailStart;
        for (int i = 2; i < Layers; i++)
        {
            edge[i] = Math.Sqrt(-2 * Math.Log(LayerArea / edge[i - 1] + f));
            f = Math.Exp(-0.5 * edge[i] * edge[i]);
        }

        return edge;
    }

    /// <summary>Uniforms in [0, 1), generated in blocks; a block that runs out (rejections) is followed by one from the next seed.</summary>
    private struct Uniforms(int seed, int block)
    {
        private double[] _values = Block(seed, block);
        private int _seed = seed;
        private int _at;

        public double Next()
        {
            if (_at == _values.Length)
            {
                _values = Block(++_seed, _values.Length);
                _at = 0;
            }

            return _values[_at++];
        }

        private static double[] Block(int seed, int size)
        {
            var values = new double[size];
            Xoshiro256StarStar.Doubles(values, seed);
            return values;
        }
    }
}
