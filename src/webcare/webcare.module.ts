import { Module } from '@nestjs/common';
import { ForumModule } from '../forum/forum.module.js';
import { CategoryRoutingResolver, SlaPoliciesResolver, TeamsResolver } from './admin/webcare-admin.resolver.js';
import { WebcareAdminService } from './admin/webcare-admin.service.js';
import { AssignmentsResolver, CasesResolver, NotesResolver, ReasonsResolver } from './cases/cases.resolver.js';
import { CasesService } from './cases/cases.service.js';
import { ConversationService } from './conversation/conversation.service.js';
import { SavedRepliesResolver } from './conversation/saved-replies.resolver.js';
import { EscalationScheduler } from './escalation/escalation-scheduler.js';
import { EscalationService } from './escalation/escalation.service.js';
import { WebcareEventsConsumer } from './escalation/webcare-events.consumer.js';
import { ContactsResolver, MemberTimelineResolver } from './members/member-timeline.resolver.js';
import { MemberTimelineService } from './members/member-timeline.service.js';
import { HelpCaseResolver, MessagesResolver, ThreadHelpResolver } from './thread-help.resolver.js';
import { WebcareLoaders } from './webcare.loaders.js';

/** Escalation of threads to the staff queue, SLA timers, cases and their conversation. */
@Module({
  imports: [ForumModule],
  providers: [
    WebcareAdminService, TeamsResolver, SlaPoliciesResolver, CategoryRoutingResolver,
    EscalationService, EscalationScheduler, WebcareEventsConsumer,
    CasesService, CasesResolver, AssignmentsResolver, NotesResolver, ReasonsResolver,
    ConversationService, SavedRepliesResolver,
    MemberTimelineService, MemberTimelineResolver, ContactsResolver,
    ThreadHelpResolver, HelpCaseResolver, MessagesResolver,
    WebcareLoaders,
  ],
  exports: [EscalationService, EscalationScheduler, CasesService],
})
export class WebcareModule {}
