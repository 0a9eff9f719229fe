package dev.gofit.takehome;

import dev.gofit.takehome.ReviewReport.LoadStats;
import dev.gofit.takehome.ReviewReport.Span;
import dev.gofit.takehome.ReviewReport.Timeline;
import dev.gofit.demo.ChartAxis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG geometry of timelines and the load chart. */
class ReportViewTest {

    @Test
    void axisEndsOnFourRoundTicks() {
        assertThat(ChartAxis.fitting(419).endMs()).isEqualTo(500);
        assertThat(ChartAxis.fitting(1588).endMs()).isEqualTo(1600);
        assertThat(ChartAxis.fitting(60).endMs()).isEqualTo(60);
        assertThat(ChartAxis.fitting(7).endMs()).isEqualTo(8);
        assertThat(ChartAxis.fitting(1).endMs()).isEqualTo(4);
        assertThat(ChartAxis.fitting(1588).ticks()).containsExactly(0L, 400L, 800L, 1200L, 1600L);
    }

    @Test
    void sequentialCallsDrawOneAfterTheOther() {
        Timeline t = new Timeline("sample 1", 700, "200",
                List.of(new Span("user", 10, 330, "200"), new Span("embeddings", 335, 690, "200")));
        ReportView.TimelineView view = ReportView.timeline("concurrency", t);
        for (ReportView.Chart chart : List.of(view.wide(), view.narrow())) {
            ReportView.Bar user = chart.bars().get(1);
            ReportView.Bar embeddings = chart.bars().get(2);
            assertThat(embeddings.x()).isGreaterThanOrEqualTo(user.x() + user.width());
            assertThat(chart.bars().get(0).label()).startsWith("your endpoint");
            assertThat(chart.ticks()).hasSize(5);
            assertThat(chart.ticks().get(4).x()).isLessThanOrEqualTo(chart.width());
        }
        assertThat(view.narrow().width()).isLessThan(view.wide().width());
        assertThat(view.wide().font()).as("labels of at least 12 px once scaled to a desktop card").isGreaterThanOrEqualTo(13);
    }

    @Test
    void hungUpCallIsDrawnInItsOwnColour() {
        Timeline t = new Timeline("user fails fast", 50, "502",
                List.of(new Span("user", 5, 45, "500"), new Span("embeddings", 6, 50, "hung up")));
        ReportView.TimelineView view = ReportView.timeline("cancellation", t);
        assertThat(view.wide().bars().get(2).fill()).isNotEqualTo(view.wide().bars().get(1).fill());
        assertThat(view.wide().bars().get(2).end()).startsWith("hung up");
        assertThat(view.narrow().bars().get(2).label()).isEqualTo("embeddings · hung up · 50 ms");
    }

    @Test
    void loadChartPutsTheIdealLineAtTheSlowerDelay() {
        LoadStats s = new LoadStats(500, 50, 500, 0, 70, 90, 120, 150, 600.0, 60, 500, 0, 0, 800);
        ReportView.Chart chart = ReportView.loadChart(s).wide();
        assertThat(chart.bars()).hasSize(4);
        assertThat(chart.idealX()).isLessThan(chart.bars().get(0).x() + chart.bars().get(0).width());
        assertThat(ReportView.loadChart(s).narrow().hasIdeal()).isTrue();
    }

    @Test
    void anEndpointThatCannotBeReachedGetsOneHeadlineAndTheLikelyFix() {
        assertThat(ReportView.unreachable("connection refused").headline()).contains("refused");
        assertThat(ReportView.unreachable("connection refused").fix()).contains("0.0.0.0");
        assertThat(ReportView.unreachable("could not connect in time").fix()).contains("firewall");
        assertThat(ReportView.unreachable("TLS failed (PKIX path building failed)").fix()).contains("certificate");
    }
}
