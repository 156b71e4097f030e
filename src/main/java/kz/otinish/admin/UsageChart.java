package kz.otinish.admin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The console's usage charts, drawn by JFreeChart on the server as PNG images. */
final class UsageChart {
    static {
        System.setProperty("java.awt.headless", "true"); // a server has no screen
    }

    private static final int WIDTH = 900, HEIGHT = 360;

    private UsageChart() {}

    private static Day day(AdminReport.Day d) {
        return new Day(d.day().getDayOfMonth(), d.day().getMonthValue(), d.day().getYear());
    }

    /** A named line: its label and the day's value it draws (a negative value is a gap). */
    record Line(String label, ToIntFunction<AdminReport.Day> value) {}

    /** {@code percent}: the values are shares, drawn on 0–100 whatever the data. */
    static byte[] png(String title, List<AdminReport.Day> days, List<Line> lines, boolean percent) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Line line : lines) {
            TimeSeries series = new TimeSeries(line.label());
            for (AdminReport.Day d : days) {
                int v = line.value().applyAsInt(d);
                if (v >= 0) series.add(day(d), v);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, null, data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true); // a point shows a day that stands alone
        for (int i = 0; i < lines.size(); i++) renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        plot.setRenderer(renderer);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (percent) {
            values.setRange(0, 100);
        } else {
            values.setLowerBound(0);
            values.setAutoRangeMinimumSize(5);
        }
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        // One label a day, or a day in every few when there are many.
        dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, Math.max(1, days.size() / 12), new SimpleDateFormat("dd.MM")));
        if (!days.isEmpty()) {
            dates.setRange(day(days.getFirst()).getFirstMillisecond(), day(days.getLast()).getLastMillisecond());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
