package dev.gofit.takehome;

import dev.gofit.takehome.ReviewReport.LoadStats;
import dev.gofit.takehome.ReviewReport.Span;
import dev.gofit.takehome.ReviewReport.Timeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG geometry of timelines and the load chart. */
class ReportViewTest {

    @Test
    void axisEndsOnFourRoundTicks() {
        assertThat(ReportView.niceCeiling(419)).isEqualTo(500);
        assertThat(ReportView.niceCeiling(1588)).isEqualTo(1600);
        assertThat(ReportView.niceCeiling(60)).isEqualTo(60);
        assertThat(ReportView.niceCeiling(7)).isEqualTo(8);
        assertThat(ReportView.niceCeiling(1)).isEqualTo(4);
    }

    @Test
    void sequentialCallsDrawOneAfterTheOther() {
        Timeline t = new Timeline("sample 1", 700, "200",
                List.of(new Span("user", 10, 330, "200"), new Span("embeddings", 335, 690, "200")));
        ReportView.TimelineView view = ReportView.timeline("concurrency", t);
        ReportView.Bar user = view.bars().get(1);
        ReportView.Bar embeddings = view.bars().get(2);
        assertThat(embeddings.x()).isGreaterThanOrEqualTo(user.x() + user.width());
        assertThat(view.bars().get(0).label()).isEqualTo("your endpoint");
        assertThat(view.ticks()).hasSize(5);
    }

    @Test
    void hungUpCallIsDrawnInItsOwnColour() {
        Timeline t = new Timeline("user fails fast", 50, "502",
                List.of(new Span("user", 5, 45, "500"), new Span("embeddings", 6, 50, "hung up")));
        ReportView.TimelineView view = ReportView.timeline("cancellation", t);
        assertThat(view.bars().get(2).fill()).isNotEqualTo(view.bars().get(1).fill());
        assertThat(view.bars().get(2).end()).startsWith("hung up");
    }

    @Test
    void loadChartPutsTheIdealLineAtTheSlowerDelay() {
        LoadStats s = new LoadStats(500, 50, 500, 0, 70, 90, 120, 150, 600.0, 60, 500, 0, 0, 800);
        ReportView.LoadChart chart = ReportView.loadChart(s);
        assertThat(chart.bars()).hasSize(4);
        assertThat(chart.idealX()).isLessThan(chart.bars().get(0).x() + chart.bars().get(0).width());
    }
}
