package jp.itaku.inspection;

import jp.itaku.common.security.Roles;

/** Role sets shared by the resources of this service. */
public final class Access {

    /** Everyone of an agency who may read its inspection records (platform-admin is not among them). */
    public static final String[] AGENCY_READERS = {Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER,
            Roles.CHIEF_PROTECTION_MANAGER, Roles.INSPECTOR, Roles.AUDITOR};

    private Access() {
    }
}
