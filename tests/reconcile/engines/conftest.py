"""The Dask scheduler the engine and command-line Dask tests share."""
import pytest


@pytest.fixture(scope="session")
def scheduler():
    """One in-process worker: the partitions still run one by one, each on its own."""
    from distributed import LocalCluster

    from reconcile.engines.distributed import LOCAL_HTTP
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=LOCAL_HTTP,
                      scheduler_kwargs={"dashboard": False}) as cluster:
        yield cluster.scheduler_address
