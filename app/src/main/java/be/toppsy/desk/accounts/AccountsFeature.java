package be.toppsy.desk.accounts;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.Feature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** User management for administrators, and the demo staff accounts. */
public final class AccountsFeature implements Feature {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    public AccountsFeature(AccountService accounts, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("users", Area.SECTION_ADMIN, "nav.users", "mdi2a-account-group",
                Permission.USER_MANAGE,
                () -> new UserManagementView(new UserManagementViewModel(accounts, tasks, messages), messages).build()));
    }

    /** The demo team, one account per typical function; all share {@link DemoData#PASSWORD}. */
    public DemoData createDemoStaff() {
        record Member(String name, String username, Set<Role> roles) {
        }
        List<Member> team = List.of(
                new Member("Sara Janssens", "sara", EnumSet.of(Role.SUPPORT_WORKER, Role.STAFF)),
                new Member("Youssef El Amrani", "youssef", EnumSet.of(Role.SUPPORT_WORKER, Role.STAFF)),
                new Member("Leen De Smet", "leen", EnumSet.of(Role.TEAM_LEAD, Role.STAFF)),
                new Member("Tom Peeters", "tom", EnumSet.of(Role.STAFF)),
                new Member("Aïcha Diallo", "aicha", EnumSet.of(Role.STAFF)),
                new Member("Dr. Ömer Çelik", "omer", EnumSet.of(Role.MEDICAL, Role.STAFF)),
                new Member("Nguyễn Thị Mai", "mai", EnumSet.of(Role.MEDICAL, Role.STAFF)),
                new Member("Katrien Wouters", "katrien", EnumSet.of(Role.TRAINER, Role.STAFF)),
                new Member("Bram Claes", "bram", EnumSet.of(Role.STAFF)),
                new Member("Elif Yilmaz", "elif", EnumSet.of(Role.SUPPORT_WORKER, Role.STAFF)));
        List<DemoData.Staff> staff = new ArrayList<>();
        for (Member member : team) {
            User user = accounts.createDemoUser(member.name(), member.username(), DemoData.PASSWORD.toCharArray(),
                    member.roles());
            staff.add(new DemoData.Staff(user.id(), user.username(), user.displayName()));
        }
        return new DemoData(staff);
    }
}
