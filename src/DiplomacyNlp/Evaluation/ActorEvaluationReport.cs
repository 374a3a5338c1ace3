namespace DiplomacyNlp.Evaluation;

/// <summary>The kinds of error an <see cref="ActorEvaluator"/> keeps examples of.</summary>
public enum ActorErrorKind
{
    /// <summary>A gold actor span that no actor mention overlaps.</summary>
    Missed,
    /// <summary>A gold span whose head word no overlapping actor mention contains.</summary>
    HeadMissed,
    /// <summary>A gold span with a title but no Role entity or person role overlapping it.</summary>
    NoRole,
    /// <summary>A role in a titled gold span that no person holds.</summary>
    Unlinked,
    /// <summary>A role in a gold span that names a country, but the role has no country.</summary>
    NoCountry,
    /// <summary>A role in a gold span that names a country, but the role has another country.</summary>
    WrongCountry,
    /// <summary>An actor mention that overlaps no gold span (often a correct mention of an actor the gold does not mark).</summary>
    Unmatched,
    /// <summary>A sentence of a cooperation class with no event.</summary>
    NoEvent,
}

/// <summary>One error example: the sentence, the gold span (or the unmatched mention) and what the library found.</summary>
/// <param name="Kind">The kind of error.</param>
/// <param name="SentenceId">The sentence id.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Span">The gold span text (for <see cref="ActorErrorKind.Unmatched"/>: the mention text; for <see cref="ActorErrorKind.NoEvent"/>: the sentence).</param>
/// <param name="Found">What the library found there.</param>
public sealed record ActorErrorExample(ActorErrorKind Kind, string SentenceId, string Sentence, string Span, string Found);

/// <summary>
/// The counts of an <see cref="ActorEvaluator"/> run. Every share is a count over a base count; the definitions are
/// those of <see cref="ActorEvaluator"/> and each row of <see cref="Rows"/> repeats its own.
/// </summary>
public sealed class ActorEvaluationReport
{
    /// <summary>Sentences evaluated.</summary>
    public int Sentences { get; init; }
    /// <summary>Gold span strings listed in the file (source, target and reciprocal).</summary>
    public int GoldListed { get; init; }
    /// <summary>Distinct gold spans located in their sentence (the base of recall).</summary>
    public int GoldLocated { get; init; }
    /// <summary>Of <see cref="GoldLocated"/>, those found only when whitespace is ignored.</summary>
    public int GoldLocatedIgnoringSpaces { get; init; }
    /// <summary>Gold strings not found in their sentence (skipped).</summary>
    public int GoldNotFound { get; init; }
    /// <summary>Gold strings that located to a span already counted (skipped).</summary>
    public int GoldDuplicates { get; init; }
    /// <summary>Gold spans that some actor mention overlaps.</summary>
    public int Detected { get; init; }
    /// <summary>Gold spans that contain a whole actor mention.</summary>
    public int DetectedInside { get; init; }
    /// <summary>Distinct actor mention spans of the library.</summary>
    public int Predicted { get; init; }
    /// <summary>Actor mentions that overlap some gold span.</summary>
    public int PredictedMatched { get; init; }
    /// <summary>Gold spans with a head word.</summary>
    public int HeadApplicable { get; init; }
    /// <summary>Gold spans whose head word an overlapping actor mention contains.</summary>
    public int HeadCovered { get; init; }
    /// <summary>Gold spans that contain a title of the title lexicon.</summary>
    public int Titled { get; init; }
    /// <summary>Titled spans that a Role entity or a person role overlaps.</summary>
    public int TitledWithRole { get; init; }
    /// <summary>Of <see cref="TitledWithRole"/>, roles that a person holds.</summary>
    public int RolesLinked { get; init; }
    /// <summary>Of <see cref="TitledWithRole"/>, roles whose sector equals the lexicon sector of the span's title.</summary>
    public int SectorAgrees { get; init; }
    /// <summary>Titled spans that name a country (name or demonym), whether or not a role was found.</summary>
    public int TitledNamingCountry { get; init; }
    /// <summary>Titled spans that name a country and got a role with a country.</summary>
    public int CountryGiven { get; init; }
    /// <summary>Of <see cref="CountryGiven"/>, roles whose country is the first country the span names.</summary>
    public int CountryCorrect { get; init; }
    /// <summary>Roles with a country in titled spans that name none (from context, leader lists or organization).</summary>
    public int CountryWithoutName { get; init; }
    /// <summary>Sector code of each found role ("(none)" when it has none) → count.</summary>
    public required IReadOnlyDictionary<string, int> Sectors { get; init; }
    /// <summary>Sentences of a cooperation class.</summary>
    public int CooperationSentences { get; init; }
    /// <summary>Of <see cref="CooperationSentences"/>, those with at least one event.</summary>
    public int CooperationWithEvent { get; init; }
    /// <summary>Sentences of any other class (or none).</summary>
    public int OtherSentences { get; init; }
    /// <summary>Of <see cref="OtherSentences"/>, those with at least one event.</summary>
    public int OtherWithEvent { get; init; }
    /// <summary>Participants of the events of cooperation sentences.</summary>
    public int Participants { get; init; }
    /// <summary>Of <see cref="Participants"/>, those whose span overlaps a gold span.</summary>
    public int ParticipantsMatched { get; init; }
    /// <summary>Gold spans of cooperation sentences.</summary>
    public int CooperationGold { get; init; }
    /// <summary>Of <see cref="CooperationGold"/>, those that some event participant overlaps.</summary>
    public int CooperationGoldCovered { get; init; }
    /// <summary>Number of errors of each kind (all of them, not only the kept examples).</summary>
    public required IReadOnlyDictionary<ActorErrorKind, int> ErrorCounts { get; init; }
    /// <summary>The kept error examples, grouped by kind.</summary>
    public required IReadOnlyList<ActorErrorExample> Examples { get; init; }

    /// <summary>One row of the summary: a name, a count, its base and what it means.</summary>
    /// <param name="Name">Short name.</param>
    /// <param name="Count">The count.</param>
    /// <param name="Of">The base count.</param>
    /// <param name="Definition">What is counted over what.</param>
    public sealed record Row(string Name, int Count, int Of, string Definition)
    {
        /// <summary>Count / base, or 0 when the base is 0.</summary>
        public double Share => Of == 0 ? 0 : (double)Count / Of;
    }

    /// <summary>The summary rows, in print order.</summary>
    public IReadOnlyList<Row> Rows() =>
    [
        new("actor recall", Detected, GoldLocated, "gold spans that some library actor mention overlaps / located gold spans"),
        new("actor recall (inside)", DetectedInside, GoldLocated, "gold spans that contain a whole actor mention / located gold spans"),
        new("actor precision (lower bound)", PredictedMatched, Predicted, "actor mentions overlapping a gold span / all actor mentions (gold marks one event's actors only)"),
        new("head word covered", HeadCovered, HeadApplicable, "gold spans whose head word (last capitalized non-determiner word outside parentheses) an overlapping actor mention contains / spans with a head"),
        new("titled: role found", TitledWithRole, Titled, "gold spans with a lexicon title that a Role entity or person role overlaps / gold spans with a title"),
        new("titled: role held by a person", RolesLinked, TitledWithRole, "found roles held by a person of the result / found roles"),
        new("titled: sector agrees", SectorAgrees, TitledWithRole, "found roles whose sector equals the lexicon sector of the span's title / found roles"),
        new("titled+country: country given", CountryGiven, TitledNamingCountry, "titled spans naming a country (name or demonym) whose role has a country / titled spans naming a country"),
        new("titled+country: correct", CountryCorrect, CountryGiven, "roles whose country is the first country the span names / roles with a country there"),
        new("cooperation: with event", CooperationWithEvent, CooperationSentences, "cooperation-class sentences with at least one event / cooperation-class sentences"),
        new("other classes: with event", OtherWithEvent, OtherSentences, "other sentences with at least one event / other sentences (built-in types are cooperative)"),
        new("cooperation: participant precision", ParticipantsMatched, Participants, "event participants overlapping a gold span / event participants, cooperation sentences"),
        new("cooperation: gold covered", CooperationGoldCovered, CooperationGold, "gold spans that an event participant overlaps / gold spans, cooperation sentences"),
    ];
}
