namespace DiplomacyNlp.Entities;

/// <summary>
/// Merges candidate entities from the model, the lexicons and the rules into the final entity layer.
/// <para>Precedence, applied pairwise to overlapping candidates:</para>
/// <list type="number">
/// <item>Identical span and type: one entity, with the highest confidence and the attributes (country, canonical form, sector) of the lexicon or rule candidate.</item>
/// <item>Allowed nesting is kept: a Location or Nationality inside a Role or Organization ("U.S." in "U.S. State Department"), a Role inside an Organization.
/// Inside a title the lexicon matched, a model entity stays only when it names a country ("Mexico" in "Ambassador to Mexico"):
/// the words of the title itself are not a separate entity ("State" in "Secretary of State", "Interior" in "Minister of the Interior").</item>
/// <item>A rule amount (Money, Percent, Quantity) beats any overlapping candidate except a longer rule amount; a rule Date beats a model Date or a model entity it overlaps.</item>
/// <item>A model entity that strictly contains a lexicon candidate of another type wins when its confidence is at least <see cref="ModelContainmentConfidence"/> ("Georgia Brooks" as Person over the country "Georgia").</item>
/// <item>Otherwise lexicon beats model, a longer span beats a shorter one, then higher confidence wins.</item>
/// </list>
/// Ids ("e1", "e2", …) are assigned in text order (start, then longer first). Thread-safe and stateless.
/// </summary>
public static class EntityMerger
{
    /// <summary>The confidence a model entity needs to override a lexicon entity it contains.</summary>
    public const double ModelContainmentConfidence = 0.6;

    /// <summary>Merges <paramref name="candidates"/> and returns the final entities with ids, in text order.</summary>
    public static List<Entity> Merge(IReadOnlyList<Entity> candidates, double minConfidence = 0)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ordered = new List<Entity>(candidates.Count);
        int textEnd = 0;
        foreach (var c in candidates)
        {
            if (c.Span.Length > 0 && c.Confidence >= minConfidence)
            {
                ordered.Add(c);
                textEnd = Math.Max(textEnd, c.Span.End);
            }
        }
        ordered.Sort(static (a, b) =>
        {
            int c = Base(b).CompareTo(Base(a));
            if (c != 0) return c;
            c = b.Span.Length.CompareTo(a.Span.Length);
            if (c != 0) return c;
            c = b.Confidence.CompareTo(a.Confidence);
            return c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start);
        });

        // Accepted entities live in slots indexed by position, so that each candidate only meets the entities near it
        // (linear time in the number of candidates, where a scan of every accepted entity would be quadratic).
        var accepted = new AcceptedEntities(ordered.Count, textEnd);
        var nearby = new List<int>();
        var conflicts = new List<int>();
        foreach (var cand in ordered)
        {
            conflicts.Clear();
            bool duplicate = false;
            accepted.Overlapping(cand.Span, nearby);
            foreach (int i in nearby)
            {
                var a = accepted[i];
                if (a.Span == cand.Span && a.Type == cand.Type)
                {
                    accepted[i] = Combine(a, cand);
                    duplicate = true;
                    break;
                }
                if (IsAllowedNesting(a, cand)) continue;
                conflicts.Add(i);
            }
            if (duplicate) continue;
            bool wins = true;
            foreach (int i in conflicts)
            {
                if (!Prefer(cand, accepted[i])) { wins = false; break; }
            }
            if (!wins) continue;
            foreach (int i in conflicts) accepted.Remove(i);
            accepted.Add(cand);
        }

        var merged = accepted.ToList();
        merged.Sort(static (a, b) => a.Span.CompareTo(b.Span) is var c && c != 0 ? c : a.Type.CompareTo(b.Type));
        for (int i = 0; i < merged.Count; i++)
        {
            var id = EntityIds.Get(i + 1);
            if (!merged[i].TryAssignId(id)) merged[i] = merged[i] with { Id = id };
        }
        return merged;
    }

    /// <summary>
    /// The entities accepted so far, in slots (a removed one leaves an empty slot), with an index from 64-character
    /// blocks of the text to the slots whose entities start there: a span's overlaps are found by looking at the
    /// blocks from (start - longest accepted length) to its end.
    /// </summary>
    private sealed class AcceptedEntities
    {
        private const int BlockShift = 6;
        private readonly List<Entity?> _slots;
        private readonly List<int> _nextInBlock;
        private readonly int[] _firstInBlock;
        private int _maxLength;

        /// <summary>Room for <paramref name="capacity"/> entities whose spans end at or before <paramref name="textEnd"/>.</summary>
        public AcceptedEntities(int capacity, int textEnd)
        {
            _slots = new List<Entity?>(capacity);
            _nextInBlock = new List<int>(capacity);
            _firstInBlock = new int[(textEnd >> BlockShift) + 1];
            Array.Fill(_firstInBlock, -1);
        }

        public Entity this[int slot]
        {
            get => _slots[slot]!;
            set => _slots[slot] = value; // same span, same block
        }

        public void Add(Entity entity)
        {
            int slot = _slots.Count;
            _slots.Add(entity);
            int block = entity.Span.Start >> BlockShift;
            // each block's slots form a linked list through _nextInBlock
            _nextInBlock.Add(_firstInBlock[block]);
            _firstInBlock[block] = slot;
            _maxLength = Math.Max(_maxLength, entity.Span.Length);
        }

        public void Remove(int slot) => _slots[slot] = null;

        /// <summary>The slots of the accepted entities that overlap <paramref name="span"/>, in slot order.</summary>
        public void Overlapping(Text.SourceSpan span, List<int> result)
        {
            result.Clear();
            int first = Math.Max(0, span.Start - _maxLength) >> BlockShift;
            int last = Math.Max(span.Start, span.End - 1) >> BlockShift;
            last = Math.Min(last, _firstInBlock.Length - 1);
            for (int block = first; block <= last; block++)
            {
                for (int slot = _firstInBlock[block]; slot >= 0; slot = _nextInBlock[slot])
                {
                    var e = _slots[slot];
                    if (e is not null && e.Span.Overlaps(span)) result.Add(slot);
                }
            }
            result.Sort();
        }

        public List<Entity> ToList()
        {
            var list = new List<Entity>(_slots.Count);
            foreach (var e in _slots)
            {
                if (e is not null) list.Add(e);
            }
            return list;
        }
    }

    private static int Base(Entity e) => e.Source switch
    {
        EntitySource.Pattern => 4,
        EntitySource.Rule when e.Type is EntityType.Money or EntityType.Percent or EntityType.Quantity => 3,
        EntitySource.Rule => 3,
        EntitySource.Lexicon => 2,
        _ => 1,
    };

    /// <summary>True when <paramref name="candidate"/> should replace <paramref name="incumbent"/>.</summary>
    private static bool Prefer(Entity candidate, Entity incumbent)
    {
        // A model entity strictly containing a lexicon entity of another type.
        if (candidate.Source == EntitySource.Model && incumbent.Source == EntitySource.Lexicon &&
            candidate.Span.Contains(incumbent.Span) && candidate.Span.Length > incumbent.Span.Length &&
            candidate.Confidence >= ModelContainmentConfidence && incumbent.Type is EntityType.Location or EntityType.Nationality)
        {
            return true;
        }
        int cb = Base(candidate), ib = Base(incumbent);
        if (cb != ib) return cb > ib;
        if (candidate.Span.Length != incumbent.Span.Length) return candidate.Span.Length > incumbent.Span.Length;
        return candidate.Confidence > incumbent.Confidence;
    }

    /// <summary>Nesting that both entities survive: a place or nationality inside a role or organization, a role inside an organization.</summary>
    private static bool IsAllowedNesting(Entity a, Entity b)
    {
        var (outer, inner) = a.Span.Contains(b.Span) ? (a, b) : b.Span.Contains(a.Span) ? (b, a) : (null!, null!);
        if (outer is null || outer.Span == inner.Span) return false;
        if (outer.Type == EntityType.Role && outer.Source == EntitySource.Lexicon && inner.Source == EntitySource.Model && inner.Country is null) return false;
        return (outer.Type, inner.Type) switch
        {
            (EntityType.Role, EntityType.Location or EntityType.Nationality or EntityType.Organization) => true,
            (EntityType.Organization, EntityType.Location or EntityType.Nationality or EntityType.Role or EntityType.Person) => true,
            (EntityType.Date, EntityType.Quantity) => false,
            _ => false,
        };
    }

    private static Entity Combine(Entity a, Entity b)
    {
        var primary = Base(a) >= Base(b) ? a : b;
        var other = ReferenceEquals(primary, a) ? b : a;
        return primary with
        {
            Confidence = Math.Max(a.Confidence, b.Confidence),
            Country = primary.Country ?? other.Country,
            Canonical = primary.Canonical ?? other.Canonical,
            Sector = primary.Sector ?? other.Sector,
        };
    }
}
