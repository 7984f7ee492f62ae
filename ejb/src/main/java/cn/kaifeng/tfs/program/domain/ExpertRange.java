package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scores an expert may give an expert-judged criterion on an application's facts: the grades open to it (a grade
 * may be open only when the applicant holds a kind of IP, say), each cut to the limit the facts set (e.g. at most 4
 * points per patent), and whether only whole points are allowed. The expert's form offers this range; the panel and
 * the assessor refuse a score outside it with {@link #check}, and never cut a score to fit.
 *
 * @param open the grades open on these facts, highest first, each with the part of its points still allowed
 * @param wholePoints whether the scheme allows whole points only
 * @param limits why the range is narrower than the criterion's scale (closed grades and fact-set limits), for the
 *     form and the refusal
 */
public record ExpertRange(List<Band> open, boolean wholePoints, List<LocalizedText> limits) implements Serializable {

    /** A grade and the points it still allows. */
    public record Band(String grade, BigDecimal min, BigDecimal max) implements Serializable {

        boolean contains(BigDecimal points) {
            return points.compareTo(min) >= 0 && points.compareTo(max) <= 0;
        }
    }

    /** The range of a scale with nothing closed: every grade open, any points allowed. */
    public static ExpertRange whole(List<Band> grades, boolean wholePoints) {
        return new ExpertRange(grades, wholePoints, List.of());
    }

    public BigDecimal highest() {
        return open.stream().map(Band::max).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    public BigDecimal lowest() {
        return open.stream().map(Band::min).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The grade a score falls in, if it is allowed. */
    public Optional<String> gradeOf(BigDecimal points) {
        return open.stream().filter(b -> b.contains(points)).map(Band::grade).findFirst();
    }

    /**
     * Refuses a score that may not be given, saying which criterion, the score, the allowed points and the limits;
     * nothing when the score is allowed.
     */
    public void check(LocalizedText criterion, BigDecimal points) {
        if (wholePoints && points.stripTrailingZeros().scale() > 0) {
            throw new DomainException("panel.scoreNotWhole", criterion, Explanation.plain(points));
        }
        if (gradeOf(points).isEmpty()) {
            throw limits.isEmpty()
                    ? new DomainException("panel.scoreOutOfRange", criterion, Explanation.plain(points), allowed())
                    : new DomainException(
                            "panel.scoreOutOfLimitedRange", criterion, Explanation.plain(points), allowed(), reasons());
        }
    }

    /**
     * Refuses a panel's result (the mean of the experts' scores) outside the allowed points: a mean is not a score
     * of its own, so it need not be whole nor fall in an open grade, only between the lowest and highest allowed.
     */
    public void checkPanel(LocalizedText criterion, BigDecimal points) {
        if (points.compareTo(lowest()) < 0 || points.compareTo(highest()) > 0) {
            throw limits.isEmpty()
                    ? new DomainException("panel.scoreOutOfRange", criterion, Explanation.plain(points), allowed())
                    : new DomainException(
                            "panel.scoreOutOfLimitedRange", criterion, Explanation.plain(points), allowed(), reasons());
        }
    }

    /** The allowed points, e.g. "B 11–15、C 6–10、D 0–5". */
    public String allowed() {
        return open.stream()
                .map(b -> b.grade() + " " + Explanation.plain(b.min()) + "–" + Explanation.plain(b.max()))
                .collect(Collectors.joining("、"));
    }

    /** The limits in both languages, joined. */
    public LocalizedText reasons() {
        return new LocalizedText(
                limits.stream().map(LocalizedText::zh).collect(Collectors.joining("；")),
                limits.stream().map(t -> t.in(java.util.Locale.ENGLISH)).collect(Collectors.joining("; ")));
    }
}
