package ai.hrflow.connectors.runtime.state;

/** Held while a run of one workflow is going on; closing it lets the next run in. */
public interface WorkflowLock extends AutoCloseable {
    String workflowId();

    @Override
    void close();
}
