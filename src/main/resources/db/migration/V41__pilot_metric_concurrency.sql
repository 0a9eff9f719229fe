-- The concurrency a load figure was measured at: a figure at another concurrency than the
-- charter's N does not count against the targets.
alter table pilot_metric add column measured_concurrency integer;

-- Until now every measurement also set the pilot's concurrency, so that is where the latest
-- load figures were measured.
update pilot_metric set measured_concurrency =
    (select p.load_concurrency from pilot p where p.id = pilot_metric.pilot_id)
    where source in ('load-p95', 'load-throughput') and actual is not null;
