package jp.itaku.gateway.portal.web;

/** A service refused what a page asked; the portal shows the service's own Japanese message. */
public class ServiceException extends RuntimeException {

    private final transient Problem problem;

    public ServiceException(Problem problem) {
        super(problem.status() + " " + problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
