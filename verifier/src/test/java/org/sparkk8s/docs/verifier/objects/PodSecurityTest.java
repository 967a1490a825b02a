package org.sparkk8s.docs.verifier.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class PodSecurityTest {

    private static final String RESTRICTED = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: cleanup}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      securityContext:
                        runAsNonRoot: true
                        seccompProfile: {type: RuntimeDefault}
                      initContainers:
                        - name: init
                          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
                      containers:
                        - name: main
                          securityContext:
                            allowPrivilegeEscalation: false
                            capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}
                          ports: [{containerPort: 80}]
                      volumes:
                        - {name: tmp, emptyDir: {}}
                        - {name: conf, configMap: {name: c}}
            """;

    private static List<String> violations(String yaml) throws Exception {
        KubeObject o = new KubeObject(new YAMLMapper().readTree(yaml), "ns", null, KubeObject.Origin.UNKNOWN);
        return PodSecurity.restricted(o).stream().map(PodSecurity.Violation::message).toList();
    }

    @Test
    void aRestrictedPodPasses() throws Exception {
        assertEquals(List.of(), violations(RESTRICTED));
    }

    @Test
    void eachRuleNamesObjectContainerAndField() throws Exception {
        String bad = """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: cleanup}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          hostNetwork: true
                          securityContext:
                            runAsNonRoot: true
                            runAsUser: 0
                            seccompProfile: {type: RuntimeDefault}
                          initContainers:
                            - name: init
                              securityContext: {privileged: true, capabilities: {drop: [ALL]}}
                          containers:
                            - name: main
                              securityContext:
                                allowPrivilegeEscalation: false
                                capabilities: {drop: [ALL], add: [SYS_ADMIN]}
                              ports: [{containerPort: 80, hostPort: 8080}]
                          volumes:
                            - {name: tmp, emptyDir: {}}
                            - {name: host, hostPath: {path: /var}}
                """;
        String at = "spec.jobTemplate.spec.template.spec";
        assertEquals(List.of(
                "CronJob ns/cleanup: " + at + ".hostNetwork must not be true (PSS restricted)",
                "CronJob ns/cleanup: " + at + ".securityContext.runAsUser must not be 0 (PSS restricted)",
                "CronJob ns/cleanup: " + at + ".volumes[1](host).hostPath is not allowed (hostPath volume) (PSS restricted)",
                "CronJob ns/cleanup, container 'main': " + at + ".containers[0].securityContext.capabilities.add may only add "
                        + "NET_BIND_SERVICE, adds SYS_ADMIN (PSS restricted)",
                "CronJob ns/cleanup, container 'main': " + at + ".containers[0].ports[0].hostPort must not be set, is 8080 (PSS restricted)",
                "CronJob ns/cleanup, container 'init': " + at + ".initContainers[0].securityContext.privileged must not be true (PSS restricted)",
                "CronJob ns/cleanup, container 'init': " + at + ".initContainers[0].securityContext.allowPrivilegeEscalation must "
                        + "be false, is not set (PSS restricted)"),
                violations(bad));
    }

    @Test
    void nonRootAndSeccompMayBeSetOnEveryContainerInstead() throws Exception {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: a
                      securityContext:
                        runAsNonRoot: true
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
                        seccompProfile: {type: Localhost, localhostProfile: x.json}
                    - name: b
                      securityContext:
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
                        seccompProfile: {type: Unconfined}
                """;
        assertEquals(List.of(
                "Pod ns/p, container 'b': spec.containers[1].securityContext.runAsNonRoot must be true (here or in the pod's "
                        + "securityContext) (PSS restricted)",
                "Pod ns/p, container 'b': spec.containers[1].securityContext.seccompProfile.type must be RuntimeDefault or "
                        + "Localhost, is Unconfined (PSS restricted)"),
                violations(pod));
    }

    @Test
    void kindsWithoutPodsAreNotChecked() throws Exception {
        assertEquals(List.of(), violations("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"));
    }
}
