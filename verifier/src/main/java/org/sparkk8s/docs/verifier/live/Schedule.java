package org.sparkk8s.docs.verifier.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.plan.Scenario;
import org.sparkk8s.docs.verifier.run.ScenarioExecution;
import org.sparkk8s.docs.verifier.run.ScenarioResult;

/**
 * Runs scenarios on one live cluster, up to N at a time ({@code --parallel N}). Scenarios that
 * share a namespace are not independent, so they never run at the same time; otherwise the
 * order of the plan is kept: a scenario starts as soon as a slot is free and none of its
 * namespaces is in use. After Ctrl-C no scenario starts.
 */
final class Schedule {

    private Schedule() {
    }

    static List<ScenarioResult> run(List<Scenario> scenarios, LiveRunner runner, int parallel) {
        int slots = Math.max(1, parallel);
        Map<Integer, ScenarioResult> results = new ConcurrentHashMap<>();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            pending.add(i);
        }
        Set<String> busy = new HashSet<>();
        Object lock = new Object();
        int[] running = {0};
        ExecutorService pool = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "docs-verify-live");
            t.setDaemon(true);
            return t;
        });
        try {
            synchronized (lock) {
                while (!pending.isEmpty() && !runner.interrupted()) {
                    Integer next = null;
                    if (running[0] < slots) {
                        for (Integer i : pending) {
                            if (runner.namespaces(scenarios.get(i)).footprint().stream().noneMatch(busy::contains)) {
                                next = i;
                                break;
                            }
                        }
                    }
                    if (next == null) {
                        lock.wait(500);
                        continue;
                    }
                    pending.remove(next);
                    Scenario s = scenarios.get(next);
                    List<String> footprint = runner.namespaces(s).footprint();
                    busy.addAll(footprint);
                    running[0]++;
                    int index = next;
                    pool.submit(() -> {
                        try {
                            ScenarioResult r = ScenarioExecution.run(s, runner);
                            results.put(index, r);
                            runner.progress().line("[" + s.id() + "] " + (r.status() == Status.FAILED ? "FAILED" : r.status().id())
                                    + " in " + Progress.seconds(r.millis()) + " at level " + r.level().id());
                        } catch (RuntimeException e) {
                            runner.progress().line("[" + s.id() + "] the verifier failed: " + e);
                            throw e;
                        } finally {
                            synchronized (lock) {
                                footprint.forEach(busy::remove);
                                running[0]--;
                                lock.notifyAll();
                            }
                        }
                    });
                }
                while (running[0] > 0) {
                    lock.wait(500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<ScenarioResult> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            if (results.containsKey(i)) {
                out.add(results.get(i));
            }
        }
        return out;
    }
}
