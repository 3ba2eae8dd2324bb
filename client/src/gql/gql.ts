/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body) {\n      html\n    }\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  query NotificationsMenu($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.NotificationsMenuDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query TagSuggestions($prefix: String, $first: Int!) {\n    tags(prefix: $prefix, first: $first) {\n      id\n      name\n      threadCount\n    }\n  }\n": typeof types.TagSuggestionsDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    slug\n    title\n    status\n    score\n    answerCount\n    hasExpertAnswer\n    lastActivityAt\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ThreadSummaryFragmentDoc,
    "\n  query PickThread($id: ID, $slug: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      status\n    }\n  }\n": typeof types.PickThreadDocument,
    "\n  query PickThreadSearch($query: String!) {\n    search(query: $query, filters: { kind: THREAD }, limit: 6) {\n      hits {\n        id\n        title\n        solved\n      }\n    }\n  }\n": typeof types.PickThreadSearchDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    count\n    read\n    summary\n    updatedAt\n    threadId\n    answerId\n    commentId\n    caseId\n    thread {\n      id\n      slug\n    }\n    category {\n      id\n    }\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      slug\n      description\n      position\n      archived\n      threadCount\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderCategoriesDocument,
    "\n  mutation ArchiveCategory($id: ID!, $archived: Boolean!) {\n    archiveCategory(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveCategoryDocument,
    "\n  query AdminReputationRules {\n    reputationRules {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n": typeof types.AdminReputationRulesDocument,
    "\n  mutation UpdateReputationRules($input: UpdateReputationRulesInput!) {\n    updateReputationRules(input: $input) {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n": typeof types.UpdateReputationRulesDocument,
    "\n  query WebcareAdmin {\n    categories {\n      id\n      name\n    }\n    webcareTeams {\n      id\n      name\n      description\n      members {\n        id\n        displayName\n      }\n    }\n    slaPolicies {\n      id\n      name\n      communityWindowSeconds\n      resolutionWindowSeconds\n      complaintWindowSeconds\n      targets {\n        priority\n        firstResponseSeconds\n        resolutionSeconds\n      }\n    }\n    categoryRoutings {\n      categoryId\n      complaintThreshold\n      team {\n        id\n      }\n      policy {\n        id\n      }\n    }\n  }\n": typeof types.WebcareAdminDocument,
    "\n  mutation CreateWebcareTeam($input: CreateTeamInput!) {\n    createWebcareTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWebcareTeamDocument,
    "\n  mutation UpdateWebcareTeam($input: UpdateTeamInput!) {\n    updateWebcareTeam(input: $input) {\n      id\n      members {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateWebcareTeamDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveSlaPolicyDocument,
    "\n  mutation SetCategoryRouting($input: SetCategoryRoutingInput!) {\n    setCategoryRouting(input: $input) {\n      categoryId\n    }\n  }\n": typeof types.SetCategoryRoutingDocument,
    "\n  query TeamMemberLookup($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.TeamMemberLookupDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      name\n      description\n    }\n  }\n": typeof types.AskCategoriesDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query Home {\n    categories {\n      id\n      name\n      description\n      threadCount\n    }\n    latest: threads(first: 8, sort: ACTIVITY) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    unanswered: threads(first: 8, sort: NEWEST, filter: { unanswered: true }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    solved: threads(first: 8, sort: ACTIVITY, filter: { status: SOLVED }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query ArticlePage($id: ID, $slug: String) {\n    article(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      tags\n      version\n      hidden\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        slug\n        title\n      }\n      versions {\n        number\n        title\n        reason\n        createdAt\n      }\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": typeof types.EditArticleDocument,
    "\n  mutation SetArticleHidden($articleId: ID!, $hidden: Boolean!) {\n    setArticleHidden(articleId: $articleId, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": typeof types.SetArticleHiddenDocument,
    "\n  query ArticlesPage($categoryId: ID, $after: String) {\n    categories {\n      id\n      name\n    }\n    articles(categoryId: $categoryId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          tags\n          hidden\n          updatedAt\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticlesPageDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  query ArticleCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.ArticleCategoriesDocument,
    "\n  query ModerationLog($filter: AuditFilter, $after: String) {\n    moderationLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetKind\n          targetId\n          threadId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query NotificationsPage($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SuspendUser($input: SuspendMemberInput!) {\n    suspendUser(input: $input) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation UnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.UnsuspendUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  query Profile($id: ID!, $historyAfter: String) {\n    user(id: $id) {\n      id\n      displayName\n      reputation\n      role\n      bio\n      createdAt\n      helpfulFlags\n      suspendedUntil\n      suspensionReason\n      certifications {\n        id\n        active\n        grantedAt\n        expiresAt\n        revokedAt\n        category {\n          id\n          name\n        }\n      }\n      reputationHistory(first: 15, after: $historyAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            points\n            reversal\n            note\n            threadId\n            createdAt\n          }\n        }\n      }\n      questions(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            status\n            createdAt\n          }\n        }\n      }\n      answers(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            isAccepted\n            score\n            createdAt\n            thread {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query CertifyCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.CertifyCategoriesDocument,
    "\n  mutation CertifyExpert($input: CertifyExpertInput!) {\n    certifyExpert(input: $input) {\n      id\n    }\n  }\n": typeof types.CertifyExpertDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query ReviewQueue($status: ReviewStatus!, $after: String) {\n    reviewQueue(status: $status, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          postKind\n          postId\n          status\n          weight\n          autoHidden\n          version\n          createdAt\n          category {\n            id\n            name\n          }\n          thread {\n            id\n            slug\n            title\n            bodyHtml\n            status\n          }\n          answer {\n            id\n            bodyHtml\n          }\n          comment {\n            id\n            bodyHtml\n          }\n          author {\n            id\n            displayName\n          }\n          authorRecord {\n            reputation\n            hiddenPosts\n            helpfulFlagsAgainst\n            suspendedUntil\n          }\n          flags {\n            id\n            reason\n            comment\n            duplicateOfId\n            weight\n            status\n            createdAt\n            flagger {\n              id\n              displayName\n              helpfulFlags\n            }\n          }\n          history {\n            action\n            status\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ResolveReviewItemDocument,
    "\n  query SearchPage($query: String!, $filters: SearchFilters, $page: Int!, $limit: Int!, $sort: SearchSort!, $sessionKey: String) {\n    categories {\n      id\n      name\n    }\n    search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {\n      total\n      page\n      limit\n      hits {\n        id\n        kind\n        title\n        snippet\n        slug\n        threadSlug\n        solved\n        hasExpertAnswer\n        tags\n        categoryId\n        lastActivityAt\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        solved {\n          yes\n          no\n        }\n        hasExpertAnswer {\n          yes\n          no\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query SimilarQuestions($title: String!, $sessionKey: String) {\n    similarQuestions(title: $title, limit: 5, sessionKey: $sessionKey) {\n      id\n      kind\n      title\n      slug\n      solved\n      hasExpertAnswer\n    }\n  }\n": typeof types.SimilarQuestionsDocument,
    "\n  mutation RecordSuggestionEvent($input: SuggestionEventInput!) {\n    recordSuggestionEvent(input: $input)\n  }\n": typeof types.RecordSuggestionEventDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      updatedAt\n      tags {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      updatedAt\n    }\n  }\n": typeof types.EditAnswerDocument,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n": typeof types.UnfollowThreadDocument,
    "\n  mutation AskStaffHelp($input: ThreadHelpInput!) {\n    askStaffHelp(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AskStaffHelpDocument,
    "\n  mutation RequestPrivateHelp($input: ThreadHelpInput!) {\n    requestPrivateHelp(input: $input) {\n      id\n      status\n      isPrivate\n    }\n  }\n": typeof types.RequestPrivateHelpDocument,
    "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EscalateThreadDocument,
    "\n  mutation SendHelpMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendHelpMessageDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      id\n      rating\n      canRate\n    }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation CloseThread($input: ModerateThreadInput!) {\n    closeThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseThreadDocument,
    "\n  mutation ReopenThread($input: ModerateThreadInput!) {\n    reopenThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReopenThreadDocument,
    "\n  mutation LockThread($input: ModerateThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation UnlockThread($input: ModerateThreadInput!) {\n    unlockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": typeof types.UnlockThreadDocument,
    "\n  mutation MarkDuplicate($input: MarkDuplicateInput!) {\n    markDuplicate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MarkDuplicateDocument,
    "\n  mutation MergeThread($input: MarkDuplicateInput!) {\n    mergeThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MergeThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      category {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinnedAt\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input)\n  }\n": typeof types.HidePostDocument,
    "\n  mutation UnhidePost($input: HidePostInput!) {\n    unhidePost(input: $input)\n  }\n": typeof types.UnhidePostDocument,
    "\n  mutation VoteToClose($input: CloseVoteInput!) {\n    voteToClose(input: $input) {\n      votes\n    }\n  }\n": typeof types.VoteToCloseDocument,
    "\n  mutation VoteToReopen($input: CloseVoteInput!) {\n    voteToReopen(input: $input) {\n      votes\n    }\n  }\n": typeof types.VoteToReopenDocument,
    "\n  mutation PromoteToArticle($threadId: ID!, $title: String) {\n    promoteToArticle(threadId: $threadId, title: $title) {\n      id\n      slug\n    }\n  }\n": typeof types.PromoteToArticleDocument,
    "\n  query MoveCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.MoveCategoriesDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n  fragment RevisionFields on Revision {\n    id\n    number\n    reason\n    createdAt\n    editor {\n      id\n      displayName\n    }\n  }\n": typeof types.QuestionRevisionsDocument,
    "\n  query AnswerRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      answers(first: 30) {\n        edges {\n          node {\n            id\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnswerRevisionsDocument,
    "\n  query RevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(fromRevisionId: $from, toRevisionId: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      body {\n        value\n        added\n        removed\n      }\n      tagsAdded\n      tagsRemoved\n    }\n  }\n": typeof types.RevisionDiffDocument,
    "\n  subscription ThreadLive($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      kind\n      threadId\n      postId\n      postKind\n      answerId\n      thread {\n        id\n        title\n        body\n        bodyHtml\n        status\n        score\n        myVote\n        answerCount\n        updatedAt\n        hidden\n        locked\n        closeReason\n        closeVotes\n        pinnedAt\n        tags {\n          id\n          name\n        }\n      }\n      answer {\n        ...AnswerFields\n      }\n    }\n  }\n": typeof types.ThreadLiveDocument,
    "\n  query ThreadPage($id: ID, $slug: String, $answersFirst: Int!, $answersAfter: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      status\n      score\n      myVote\n      answerCount\n      viewCount\n      createdAt\n      updatedAt\n      hidden\n      locked\n      closeReason\n      closeVotes\n      pinnedAt\n      following\n      article {\n        id\n        slug\n        title\n      }\n      staffInvolved\n      solvedByStaff\n      helpCase {\n        id\n        status\n        isPrivate\n        assigned\n        canRate\n        rating\n        ratingComment\n        resolvedAt\n        messages {\n          id\n          body\n          fromStaff\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      moderationHistory {\n        id\n        action\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      category {\n        id\n        name\n      }\n      tags {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        reputation\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: $answersFirst, after: $answersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    myVote\n    isAccepted\n    isExpert\n    isStaff\n    deleted\n    hidden\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n      reputation\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n      status\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      postId\n      postKind\n      score\n      myVote\n    }\n  }\n": typeof types.VoteDocument,
    "\n  query ThreadsPage($filter: ThreadFilter, $sort: ThreadSort!, $first: Int!, $after: String) {\n    categories {\n      id\n      name\n    }\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ThreadsPageDocument,
    "\n  query PinnedThreads {\n    categories {\n      id\n      pinnedThreads {\n        ...ThreadSummary\n      }\n    }\n  }\n": typeof types.PinnedThreadsDocument,
    "\n  query WebcareCasePage($id: ID!) {\n    webcareCase(id: $id) {\n      id\n      priority\n      status\n      isPrivate\n      createdAt\n      resolvedAt\n      resolutionNote\n      rating\n      ratingComment\n      category {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      member {\n        id\n        displayName\n      }\n      reasons {\n        id\n        kind\n        detail\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      sla {\n        paused\n        firstResponse {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n        resolution {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        fromStaff\n        author {\n          id\n          displayName\n        }\n      }\n      assignments {\n        id\n        kind\n        note\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        toAssignee {\n          id\n          displayName\n        }\n        toTeam {\n          id\n          name\n        }\n      }\n      thread {\n        id\n        slug\n        title\n        bodyHtml\n        status\n        createdAt\n        author {\n          id\n          displayName\n        }\n        answers(first: 10) {\n          totalCount\n          edges {\n            node {\n              id\n              bodyHtml\n              isAccepted\n              isStaff\n              isExpert\n              createdAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n    webcareTeams {\n      id\n      name\n      members {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.WebcareCasePageDocument,
    "\n  query WebcareMember($memberId: ID!, $after: String) {\n    webcareMember(memberId: $memberId) {\n      id\n      reputation\n      threadCount\n      caseCount\n      openCaseCount\n      averageRating\n      ratingsGiven\n      entries(first: 15, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            title\n            detail\n            threadId\n            caseId\n            channel\n            rating\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebcareMemberDocument,
    "\n  query SavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n    }\n  }\n": typeof types.SavedRepliesDocument,
    "\n  query RenderSavedReply($caseId: ID!, $savedReplyId: ID!) {\n    renderSavedReply(caseId: $caseId, savedReplyId: $savedReplyId)\n  }\n": typeof types.RenderSavedReplyDocument,
    "\n  mutation ClaimCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimCaseDocument,
    "\n  mutation WaitForMember($caseId: ID!) {\n    waitForMember(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": typeof types.WaitForMemberDocument,
    "\n  mutation ReopenCase($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation AddCaseNote($input: CaseTextInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  mutation ReplyPublicly($input: PublicReplyInput!) {\n    replyPublicly(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyPubliclyDocument,
    "\n  mutation SendCaseMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendCaseMessageDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      channel\n      summary\n      createdAt\n    }\n  }\n": typeof types.LogContactDocument,
    "\n  subscription CaseChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n": typeof types.CaseChangedDocument,
    "\n  query WebcareQueue($view: QueueView!, $teamId: ID, $filter: QueueFilter, $first: Int!, $after: String) {\n    webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          priority\n          status\n          isPrivate\n          breached\n          createdAt\n          thread {\n            id\n            title\n          }\n          category {\n            id\n            name\n          }\n          member {\n            id\n            displayName\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          sla {\n            paused\n            firstResponse {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n            resolution {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebcareQueueDocument,
    "\n  query QueueFilterOptions {\n    webcareTeams {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.QueueFilterOptionsDocument,
    "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n": typeof types.QueueChangedDocument,
    "\n  mutation ClaimNextCase {\n    claimNextCase {\n      id\n    }\n  }\n": typeof types.ClaimNextCaseDocument,
    "\n  query SavedRepliesTeams {\n    webcareTeams {\n      id\n      name\n    }\n  }\n": typeof types.SavedRepliesTeamsDocument,
    "\n  query TeamSavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.TeamSavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": typeof types.DeleteSavedReplyDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query ViewerScope {\n    me {\n      id\n      role\n      reputation\n      certifications {\n        id\n        active\n        category {\n          id\n          name\n        }\n      }\n    }\n    reputationRules {\n      privileges {\n        flag\n        voteClose\n        editOthers\n      }\n    }\n  }\n": typeof types.ViewerScopeDocument,
};
const documents: Documents = {
    "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body) {\n      html\n    }\n  }\n": types.MarkdownPreviewDocument,
    "\n  query NotificationsMenu($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.NotificationsMenuDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query TagSuggestions($prefix: String, $first: Int!) {\n    tags(prefix: $prefix, first: $first) {\n      id\n      name\n      threadCount\n    }\n  }\n": types.TagSuggestionsDocument,
    "\n  fragment ThreadSummary on Thread {\n    id\n    slug\n    title\n    status\n    score\n    answerCount\n    hasExpertAnswer\n    lastActivityAt\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.ThreadSummaryFragmentDoc,
    "\n  query PickThread($id: ID, $slug: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      status\n    }\n  }\n": types.PickThreadDocument,
    "\n  query PickThreadSearch($query: String!) {\n    search(query: $query, filters: { kind: THREAD }, limit: 6) {\n      hits {\n        id\n        title\n        solved\n      }\n    }\n  }\n": types.PickThreadSearchDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    count\n    read\n    summary\n    updatedAt\n    threadId\n    answerId\n    commentId\n    caseId\n    thread {\n      id\n      slug\n    }\n    category {\n      id\n    }\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      slug\n      description\n      position\n      archived\n      threadCount\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderCategoriesDocument,
    "\n  mutation ArchiveCategory($id: ID!, $archived: Boolean!) {\n    archiveCategory(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n": types.ArchiveCategoryDocument,
    "\n  query AdminReputationRules {\n    reputationRules {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n": types.AdminReputationRulesDocument,
    "\n  mutation UpdateReputationRules($input: UpdateReputationRulesInput!) {\n    updateReputationRules(input: $input) {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n": types.UpdateReputationRulesDocument,
    "\n  query WebcareAdmin {\n    categories {\n      id\n      name\n    }\n    webcareTeams {\n      id\n      name\n      description\n      members {\n        id\n        displayName\n      }\n    }\n    slaPolicies {\n      id\n      name\n      communityWindowSeconds\n      resolutionWindowSeconds\n      complaintWindowSeconds\n      targets {\n        priority\n        firstResponseSeconds\n        resolutionSeconds\n      }\n    }\n    categoryRoutings {\n      categoryId\n      complaintThreshold\n      team {\n        id\n      }\n      policy {\n        id\n      }\n    }\n  }\n": types.WebcareAdminDocument,
    "\n  mutation CreateWebcareTeam($input: CreateTeamInput!) {\n    createWebcareTeam(input: $input) {\n      id\n    }\n  }\n": types.CreateWebcareTeamDocument,
    "\n  mutation UpdateWebcareTeam($input: UpdateTeamInput!) {\n    updateWebcareTeam(input: $input) {\n      id\n      members {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateWebcareTeamDocument,
    "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      id\n    }\n  }\n": types.SaveSlaPolicyDocument,
    "\n  mutation SetCategoryRouting($input: SetCategoryRoutingInput!) {\n    setCategoryRouting(input: $input) {\n      categoryId\n    }\n  }\n": types.SetCategoryRoutingDocument,
    "\n  query TeamMemberLookup($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n    }\n  }\n": types.TeamMemberLookupDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      name\n      description\n    }\n  }\n": types.AskCategoriesDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query Home {\n    categories {\n      id\n      name\n      description\n      threadCount\n    }\n    latest: threads(first: 8, sort: ACTIVITY) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    unanswered: threads(first: 8, sort: NEWEST, filter: { unanswered: true }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    solved: threads(first: 8, sort: ACTIVITY, filter: { status: SOLVED }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query ArticlePage($id: ID, $slug: String) {\n    article(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      tags\n      version\n      hidden\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        slug\n        title\n      }\n      versions {\n        number\n        title\n        reason\n        createdAt\n      }\n    }\n  }\n": types.ArticlePageDocument,
    "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n": types.EditArticleDocument,
    "\n  mutation SetArticleHidden($articleId: ID!, $hidden: Boolean!) {\n    setArticleHidden(articleId: $articleId, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n": types.SetArticleHiddenDocument,
    "\n  query ArticlesPage($categoryId: ID, $after: String) {\n    categories {\n      id\n      name\n    }\n    articles(categoryId: $categoryId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          tags\n          hidden\n          updatedAt\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ArticlesPageDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateArticleDocument,
    "\n  query ArticleCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.ArticleCategoriesDocument,
    "\n  query ModerationLog($filter: AuditFilter, $after: String) {\n    moderationLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetKind\n          targetId\n          threadId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query NotificationsPage($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      enabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SuspendUser($input: SuspendMemberInput!) {\n    suspendUser(input: $input) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.SuspendUserDocument,
    "\n  mutation UnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.UnsuspendUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  query Profile($id: ID!, $historyAfter: String) {\n    user(id: $id) {\n      id\n      displayName\n      reputation\n      role\n      bio\n      createdAt\n      helpfulFlags\n      suspendedUntil\n      suspensionReason\n      certifications {\n        id\n        active\n        grantedAt\n        expiresAt\n        revokedAt\n        category {\n          id\n          name\n        }\n      }\n      reputationHistory(first: 15, after: $historyAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            points\n            reversal\n            note\n            threadId\n            createdAt\n          }\n        }\n      }\n      questions(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            status\n            createdAt\n          }\n        }\n      }\n      answers(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            isAccepted\n            score\n            createdAt\n            thread {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query CertifyCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.CertifyCategoriesDocument,
    "\n  mutation CertifyExpert($input: CertifyExpertInput!) {\n    certifyExpert(input: $input) {\n      id\n    }\n  }\n": types.CertifyExpertDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RegisterDocument,
    "\n  query ReviewQueue($status: ReviewStatus!, $after: String) {\n    reviewQueue(status: $status, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          postKind\n          postId\n          status\n          weight\n          autoHidden\n          version\n          createdAt\n          category {\n            id\n            name\n          }\n          thread {\n            id\n            slug\n            title\n            bodyHtml\n            status\n          }\n          answer {\n            id\n            bodyHtml\n          }\n          comment {\n            id\n            bodyHtml\n          }\n          author {\n            id\n            displayName\n          }\n          authorRecord {\n            reputation\n            hiddenPosts\n            helpfulFlagsAgainst\n            suspendedUntil\n          }\n          flags {\n            id\n            reason\n            comment\n            duplicateOfId\n            weight\n            status\n            createdAt\n            flagger {\n              id\n              displayName\n              helpfulFlags\n            }\n          }\n          history {\n            action\n            status\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ResolveReviewItemDocument,
    "\n  query SearchPage($query: String!, $filters: SearchFilters, $page: Int!, $limit: Int!, $sort: SearchSort!, $sessionKey: String) {\n    categories {\n      id\n      name\n    }\n    search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {\n      total\n      page\n      limit\n      hits {\n        id\n        kind\n        title\n        snippet\n        slug\n        threadSlug\n        solved\n        hasExpertAnswer\n        tags\n        categoryId\n        lastActivityAt\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        solved {\n          yes\n          no\n        }\n        hasExpertAnswer {\n          yes\n          no\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  query SimilarQuestions($title: String!, $sessionKey: String) {\n    similarQuestions(title: $title, limit: 5, sessionKey: $sessionKey) {\n      id\n      kind\n      title\n      slug\n      solved\n      hasExpertAnswer\n    }\n  }\n": types.SimilarQuestionsDocument,
    "\n  mutation RecordSuggestionEvent($input: SuggestionEventInput!) {\n    recordSuggestionEvent(input: $input)\n  }\n": types.RecordSuggestionEventDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      updatedAt\n      tags {\n        id\n        name\n      }\n    }\n  }\n": types.EditQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      updatedAt\n    }\n  }\n": types.EditAnswerDocument,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      status\n    }\n  }\n": types.FlagPostDocument,
    "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n": types.UnfollowThreadDocument,
    "\n  mutation AskStaffHelp($input: ThreadHelpInput!) {\n    askStaffHelp(input: $input) {\n      id\n      status\n    }\n  }\n": types.AskStaffHelpDocument,
    "\n  mutation RequestPrivateHelp($input: ThreadHelpInput!) {\n    requestPrivateHelp(input: $input) {\n      id\n      status\n      isPrivate\n    }\n  }\n": types.RequestPrivateHelpDocument,
    "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.EscalateThreadDocument,
    "\n  mutation SendHelpMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n": types.SendHelpMessageDocument,
    "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      id\n      rating\n      canRate\n    }\n  }\n": types.RateCaseDocument,
    "\n  mutation CloseThread($input: ModerateThreadInput!) {\n    closeThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseThreadDocument,
    "\n  mutation ReopenThread($input: ModerateThreadInput!) {\n    reopenThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReopenThreadDocument,
    "\n  mutation LockThread($input: ModerateThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation UnlockThread($input: ModerateThreadInput!) {\n    unlockThread(input: $input) {\n      id\n      locked\n    }\n  }\n": types.UnlockThreadDocument,
    "\n  mutation MarkDuplicate($input: MarkDuplicateInput!) {\n    markDuplicate(input: $input) {\n      id\n      status\n    }\n  }\n": types.MarkDuplicateDocument,
    "\n  mutation MergeThread($input: MarkDuplicateInput!) {\n    mergeThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.MergeThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      category {\n        id\n        name\n      }\n    }\n  }\n": types.MoveThreadDocument,
    "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinnedAt\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input)\n  }\n": types.HidePostDocument,
    "\n  mutation UnhidePost($input: HidePostInput!) {\n    unhidePost(input: $input)\n  }\n": types.UnhidePostDocument,
    "\n  mutation VoteToClose($input: CloseVoteInput!) {\n    voteToClose(input: $input) {\n      votes\n    }\n  }\n": types.VoteToCloseDocument,
    "\n  mutation VoteToReopen($input: CloseVoteInput!) {\n    voteToReopen(input: $input) {\n      votes\n    }\n  }\n": types.VoteToReopenDocument,
    "\n  mutation PromoteToArticle($threadId: ID!, $title: String) {\n    promoteToArticle(threadId: $threadId, title: $title) {\n      id\n      slug\n    }\n  }\n": types.PromoteToArticleDocument,
    "\n  query MoveCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.MoveCategoriesDocument,
    "\n  query QuestionRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n  fragment RevisionFields on Revision {\n    id\n    number\n    reason\n    createdAt\n    editor {\n      id\n      displayName\n    }\n  }\n": types.QuestionRevisionsDocument,
    "\n  query AnswerRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      answers(first: 30) {\n        edges {\n          node {\n            id\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AnswerRevisionsDocument,
    "\n  query RevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(fromRevisionId: $from, toRevisionId: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      body {\n        value\n        added\n        removed\n      }\n      tagsAdded\n      tagsRemoved\n    }\n  }\n": types.RevisionDiffDocument,
    "\n  subscription ThreadLive($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      kind\n      threadId\n      postId\n      postKind\n      answerId\n      thread {\n        id\n        title\n        body\n        bodyHtml\n        status\n        score\n        myVote\n        answerCount\n        updatedAt\n        hidden\n        locked\n        closeReason\n        closeVotes\n        pinnedAt\n        tags {\n          id\n          name\n        }\n      }\n      answer {\n        ...AnswerFields\n      }\n    }\n  }\n": types.ThreadLiveDocument,
    "\n  query ThreadPage($id: ID, $slug: String, $answersFirst: Int!, $answersAfter: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      status\n      score\n      myVote\n      answerCount\n      viewCount\n      createdAt\n      updatedAt\n      hidden\n      locked\n      closeReason\n      closeVotes\n      pinnedAt\n      following\n      article {\n        id\n        slug\n        title\n      }\n      staffInvolved\n      solvedByStaff\n      helpCase {\n        id\n        status\n        isPrivate\n        assigned\n        canRate\n        rating\n        ratingComment\n        resolvedAt\n        messages {\n          id\n          body\n          fromStaff\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      moderationHistory {\n        id\n        action\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      category {\n        id\n        name\n      }\n      tags {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        reputation\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: $answersFirst, after: $answersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    myVote\n    isAccepted\n    isExpert\n    isStaff\n    deleted\n    hidden\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n      reputation\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.ThreadPageDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      status\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n      status\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      postId\n      postKind\n      score\n      myVote\n    }\n  }\n": types.VoteDocument,
    "\n  query ThreadsPage($filter: ThreadFilter, $sort: ThreadSort!, $first: Int!, $after: String) {\n    categories {\n      id\n      name\n    }\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": types.ThreadsPageDocument,
    "\n  query PinnedThreads {\n    categories {\n      id\n      pinnedThreads {\n        ...ThreadSummary\n      }\n    }\n  }\n": types.PinnedThreadsDocument,
    "\n  query WebcareCasePage($id: ID!) {\n    webcareCase(id: $id) {\n      id\n      priority\n      status\n      isPrivate\n      createdAt\n      resolvedAt\n      resolutionNote\n      rating\n      ratingComment\n      category {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      member {\n        id\n        displayName\n      }\n      reasons {\n        id\n        kind\n        detail\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      sla {\n        paused\n        firstResponse {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n        resolution {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        fromStaff\n        author {\n          id\n          displayName\n        }\n      }\n      assignments {\n        id\n        kind\n        note\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        toAssignee {\n          id\n          displayName\n        }\n        toTeam {\n          id\n          name\n        }\n      }\n      thread {\n        id\n        slug\n        title\n        bodyHtml\n        status\n        createdAt\n        author {\n          id\n          displayName\n        }\n        answers(first: 10) {\n          totalCount\n          edges {\n            node {\n              id\n              bodyHtml\n              isAccepted\n              isStaff\n              isExpert\n              createdAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n    webcareTeams {\n      id\n      name\n      members {\n        id\n        displayName\n      }\n    }\n  }\n": types.WebcareCasePageDocument,
    "\n  query WebcareMember($memberId: ID!, $after: String) {\n    webcareMember(memberId: $memberId) {\n      id\n      reputation\n      threadCount\n      caseCount\n      openCaseCount\n      averageRating\n      ratingsGiven\n      entries(first: 15, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            title\n            detail\n            threadId\n            caseId\n            channel\n            rating\n          }\n        }\n      }\n    }\n  }\n": types.WebcareMemberDocument,
    "\n  query SavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n    }\n  }\n": types.SavedRepliesDocument,
    "\n  query RenderSavedReply($caseId: ID!, $savedReplyId: ID!) {\n    renderSavedReply(caseId: $caseId, savedReplyId: $savedReplyId)\n  }\n": types.RenderSavedReplyDocument,
    "\n  mutation ClaimCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": types.ClaimCaseDocument,
    "\n  mutation WaitForMember($caseId: ID!) {\n    waitForMember(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": types.WaitForMemberDocument,
    "\n  mutation ReopenCase($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      id\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation AddCaseNote($input: CaseTextInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  mutation ReplyPublicly($input: PublicReplyInput!) {\n    replyPublicly(input: $input) {\n      id\n    }\n  }\n": types.ReplyPubliclyDocument,
    "\n  mutation SendCaseMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n": types.SendCaseMessageDocument,
    "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      channel\n      summary\n      createdAt\n    }\n  }\n": types.LogContactDocument,
    "\n  subscription CaseChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n": types.CaseChangedDocument,
    "\n  query WebcareQueue($view: QueueView!, $teamId: ID, $filter: QueueFilter, $first: Int!, $after: String) {\n    webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          priority\n          status\n          isPrivate\n          breached\n          createdAt\n          thread {\n            id\n            title\n          }\n          category {\n            id\n            name\n          }\n          member {\n            id\n            displayName\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          sla {\n            paused\n            firstResponse {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n            resolution {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebcareQueueDocument,
    "\n  query QueueFilterOptions {\n    webcareTeams {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n": types.QueueFilterOptionsDocument,
    "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n": types.QueueChangedDocument,
    "\n  mutation ClaimNextCase {\n    claimNextCase {\n      id\n    }\n  }\n": types.ClaimNextCaseDocument,
    "\n  query SavedRepliesTeams {\n    webcareTeams {\n      id\n      name\n    }\n  }\n": types.SavedRepliesTeamsDocument,
    "\n  query TeamSavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": types.TeamSavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n": types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": types.DeleteSavedReplyDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query ViewerScope {\n    me {\n      id\n      role\n      reputation\n      certifications {\n        id\n        active\n        category {\n          id\n          name\n        }\n      }\n    }\n    reputationRules {\n      privileges {\n        flag\n        voteClose\n        editOthers\n      }\n    }\n  }\n": types.ViewerScopeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body) {\n      html\n    }\n  }\n"): (typeof documents)["\n  query MarkdownPreview($body: String!) {\n    markdownPreview(body: $body) {\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsMenu($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsMenu($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagSuggestions($prefix: String, $first: Int!) {\n    tags(prefix: $prefix, first: $first) {\n      id\n      name\n      threadCount\n    }\n  }\n"): (typeof documents)["\n  query TagSuggestions($prefix: String, $first: Int!) {\n    tags(prefix: $prefix, first: $first) {\n      id\n      name\n      threadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummary on Thread {\n    id\n    slug\n    title\n    status\n    score\n    answerCount\n    hasExpertAnswer\n    lastActivityAt\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummary on Thread {\n    id\n    slug\n    title\n    status\n    score\n    answerCount\n    hasExpertAnswer\n    lastActivityAt\n    category {\n      id\n      name\n    }\n    tags {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickThread($id: ID, $slug: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query PickThread($id: ID, $slug: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickThreadSearch($query: String!) {\n    search(query: $query, filters: { kind: THREAD }, limit: 6) {\n      hits {\n        id\n        title\n        solved\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickThreadSearch($query: String!) {\n    search(query: $query, filters: { kind: THREAD }, limit: 6) {\n      hits {\n        id\n        title\n        solved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    count\n    read\n    summary\n    updatedAt\n    threadId\n    answerId\n    commentId\n    caseId\n    thread {\n      id\n      slug\n    }\n    category {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    count\n    read\n    summary\n    updatedAt\n    threadId\n    answerId\n    commentId\n    caseId\n    thread {\n      id\n      slug\n    }\n    category {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {\n    markNotificationsRead(ids: $ids, read: $read)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      slug\n      description\n      position\n      archived\n      threadCount\n    }\n  }\n"): (typeof documents)["\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      name\n      slug\n      description\n      position\n      archived\n      threadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCategory($id: ID!, $archived: Boolean!) {\n    archiveCategory(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCategory($id: ID!, $archived: Boolean!) {\n    archiveCategory(id: $id, archived: $archived) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReputationRules {\n    reputationRules {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReputationRules {\n    reputationRules {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReputationRules($input: UpdateReputationRulesInput!) {\n    updateReputationRules(input: $input) {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReputationRules($input: UpdateReputationRulesInput!) {\n    updateReputationRules(input: $input) {\n      dailyVoteCap\n      points {\n        questionUpvoted\n        answerUpvoted\n        answerAccepted\n        acceptorBonus\n        postDownvoted\n        downvoterPenalty\n        expertAnswerAccepted\n      }\n      privileges {\n        ask\n        answer\n        commentOwn\n        commentAnywhere\n        voteUp\n        flag\n        voteDown\n        createTag\n        editOthers\n        voteClose\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebcareAdmin {\n    categories {\n      id\n      name\n    }\n    webcareTeams {\n      id\n      name\n      description\n      members {\n        id\n        displayName\n      }\n    }\n    slaPolicies {\n      id\n      name\n      communityWindowSeconds\n      resolutionWindowSeconds\n      complaintWindowSeconds\n      targets {\n        priority\n        firstResponseSeconds\n        resolutionSeconds\n      }\n    }\n    categoryRoutings {\n      categoryId\n      complaintThreshold\n      team {\n        id\n      }\n      policy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebcareAdmin {\n    categories {\n      id\n      name\n    }\n    webcareTeams {\n      id\n      name\n      description\n      members {\n        id\n        displayName\n      }\n    }\n    slaPolicies {\n      id\n      name\n      communityWindowSeconds\n      resolutionWindowSeconds\n      complaintWindowSeconds\n      targets {\n        priority\n        firstResponseSeconds\n        resolutionSeconds\n      }\n    }\n    categoryRoutings {\n      categoryId\n      complaintThreshold\n      team {\n        id\n      }\n      policy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebcareTeam($input: CreateTeamInput!) {\n    createWebcareTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebcareTeam($input: CreateTeamInput!) {\n    createWebcareTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebcareTeam($input: UpdateTeamInput!) {\n    updateWebcareTeam(input: $input) {\n      id\n      members {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebcareTeam($input: UpdateTeamInput!) {\n    updateWebcareTeam(input: $input) {\n      id\n      members {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSlaPolicy($input: SlaPolicyInput!) {\n    saveSlaPolicy(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryRouting($input: SetCategoryRoutingInput!) {\n    setCategoryRouting(input: $input) {\n      categoryId\n    }\n  }\n"): (typeof documents)["\n  mutation SetCategoryRouting($input: SetCategoryRoutingInput!) {\n    setCategoryRouting(input: $input) {\n      categoryId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMemberLookup($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query TeamMemberLookup($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskCategories {\n    categories {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query AskCategories {\n    categories {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    categories {\n      id\n      name\n      description\n      threadCount\n    }\n    latest: threads(first: 8, sort: ACTIVITY) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    unanswered: threads(first: 8, sort: NEWEST, filter: { unanswered: true }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    solved: threads(first: 8, sort: ACTIVITY, filter: { status: SOLVED }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    categories {\n      id\n      name\n      description\n      threadCount\n    }\n    latest: threads(first: 8, sort: ACTIVITY) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    unanswered: threads(first: 8, sort: NEWEST, filter: { unanswered: true }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n    solved: threads(first: 8, sort: ACTIVITY, filter: { status: SOLVED }) {\n      totalCount\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($id: ID, $slug: String) {\n    article(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      tags\n      version\n      hidden\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        slug\n        title\n      }\n      versions {\n        number\n        title\n        reason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($id: ID, $slug: String) {\n    article(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      tags\n      version\n      hidden\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n      }\n      sourceThread {\n        id\n        slug\n        title\n      }\n      versions {\n        number\n        title\n        reason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EditArticle($input: EditArticleInput!) {\n    editArticle(input: $input) {\n      id\n      slug\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetArticleHidden($articleId: ID!, $hidden: Boolean!) {\n    setArticleHidden(articleId: $articleId, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation SetArticleHidden($articleId: ID!, $hidden: Boolean!) {\n    setArticleHidden(articleId: $articleId, hidden: $hidden) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlesPage($categoryId: ID, $after: String) {\n    categories {\n      id\n      name\n    }\n    articles(categoryId: $categoryId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          tags\n          hidden\n          updatedAt\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlesPage($categoryId: ID, $after: String) {\n    categories {\n      id\n      name\n    }\n    articles(categoryId: $categoryId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          tags\n          hidden\n          updatedAt\n          category {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ArticleCategories {\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($filter: AuditFilter, $after: String) {\n    moderationLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetKind\n          targetId\n          threadId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($filter: AuditFilter, $after: String) {\n    moderationLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          targetKind\n          targetId\n          threadId\n          reason\n          before\n          after\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($unreadOnly: Boolean!, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($input: SuspendMemberInput!) {\n    suspendUser(input: $input) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendUser($input: SuspendMemberInput!) {\n    suspendUser(input: $input) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendUser($userId: ID!) {\n    unsuspendUser(userId: $userId) {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!, $historyAfter: String) {\n    user(id: $id) {\n      id\n      displayName\n      reputation\n      role\n      bio\n      createdAt\n      helpfulFlags\n      suspendedUntil\n      suspensionReason\n      certifications {\n        id\n        active\n        grantedAt\n        expiresAt\n        revokedAt\n        category {\n          id\n          name\n        }\n      }\n      reputationHistory(first: 15, after: $historyAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            points\n            reversal\n            note\n            threadId\n            createdAt\n          }\n        }\n      }\n      questions(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            status\n            createdAt\n          }\n        }\n      }\n      answers(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            isAccepted\n            score\n            createdAt\n            thread {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!, $historyAfter: String) {\n    user(id: $id) {\n      id\n      displayName\n      reputation\n      role\n      bio\n      createdAt\n      helpfulFlags\n      suspendedUntil\n      suspensionReason\n      certifications {\n        id\n        active\n        grantedAt\n        expiresAt\n        revokedAt\n        category {\n          id\n          name\n        }\n      }\n      reputationHistory(first: 15, after: $historyAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            points\n            reversal\n            note\n            threadId\n            createdAt\n          }\n        }\n      }\n      questions(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            status\n            createdAt\n          }\n        }\n      }\n      answers(first: 5) {\n        totalCount\n        edges {\n          node {\n            id\n            isAccepted\n            score\n            createdAt\n            thread {\n              id\n              slug\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifyCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CertifyCategories {\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyExpert($input: CertifyExpertInput!) {\n    certifyExpert(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyExpert($input: CertifyExpertInput!) {\n    certifyExpert(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($status: ReviewStatus!, $after: String) {\n    reviewQueue(status: $status, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          postKind\n          postId\n          status\n          weight\n          autoHidden\n          version\n          createdAt\n          category {\n            id\n            name\n          }\n          thread {\n            id\n            slug\n            title\n            bodyHtml\n            status\n          }\n          answer {\n            id\n            bodyHtml\n          }\n          comment {\n            id\n            bodyHtml\n          }\n          author {\n            id\n            displayName\n          }\n          authorRecord {\n            reputation\n            hiddenPosts\n            helpfulFlagsAgainst\n            suspendedUntil\n          }\n          flags {\n            id\n            reason\n            comment\n            duplicateOfId\n            weight\n            status\n            createdAt\n            flagger {\n              id\n              displayName\n              helpfulFlags\n            }\n          }\n          history {\n            action\n            status\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($status: ReviewStatus!, $after: String) {\n    reviewQueue(status: $status, first: 10, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          postKind\n          postId\n          status\n          weight\n          autoHidden\n          version\n          createdAt\n          category {\n            id\n            name\n          }\n          thread {\n            id\n            slug\n            title\n            bodyHtml\n            status\n          }\n          answer {\n            id\n            bodyHtml\n          }\n          comment {\n            id\n            bodyHtml\n          }\n          author {\n            id\n            displayName\n          }\n          authorRecord {\n            reputation\n            hiddenPosts\n            helpfulFlagsAgainst\n            suspendedUntil\n          }\n          flags {\n            id\n            reason\n            comment\n            duplicateOfId\n            weight\n            status\n            createdAt\n            flagger {\n              id\n              displayName\n              helpfulFlags\n            }\n          }\n          history {\n            action\n            status\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReviewItem($input: ResolveReviewInput!) {\n    resolveReviewItem(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $filters: SearchFilters, $page: Int!, $limit: Int!, $sort: SearchSort!, $sessionKey: String) {\n    categories {\n      id\n      name\n    }\n    search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {\n      total\n      page\n      limit\n      hits {\n        id\n        kind\n        title\n        snippet\n        slug\n        threadSlug\n        solved\n        hasExpertAnswer\n        tags\n        categoryId\n        lastActivityAt\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        solved {\n          yes\n          no\n        }\n        hasExpertAnswer {\n          yes\n          no\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!, $filters: SearchFilters, $page: Int!, $limit: Int!, $sort: SearchSort!, $sessionKey: String) {\n    categories {\n      id\n      name\n    }\n    search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {\n      total\n      page\n      limit\n      hits {\n        id\n        kind\n        title\n        snippet\n        slug\n        threadSlug\n        solved\n        hasExpertAnswer\n        tags\n        categoryId\n        lastActivityAt\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n        solved {\n          yes\n          no\n        }\n        hasExpertAnswer {\n          yes\n          no\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarQuestions($title: String!, $sessionKey: String) {\n    similarQuestions(title: $title, limit: 5, sessionKey: $sessionKey) {\n      id\n      kind\n      title\n      slug\n      solved\n      hasExpertAnswer\n    }\n  }\n"): (typeof documents)["\n  query SimilarQuestions($title: String!, $sessionKey: String) {\n    similarQuestions(title: $title, limit: 5, sessionKey: $sessionKey) {\n      id\n      kind\n      title\n      slug\n      solved\n      hasExpertAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSuggestionEvent($input: SuggestionEventInput!) {\n    recordSuggestionEvent(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordSuggestionEvent($input: SuggestionEventInput!) {\n    recordSuggestionEvent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    bodyHtml\n    createdAt\n    deleted\n    hidden\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      updatedAt\n      tags {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($input: EditQuestionInput!) {\n    editQuestion(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      updatedAt\n      tags {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($threadId: ID!) {\n    followThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowThread($threadId: ID!) {\n    unfollowThread(threadId: $threadId) {\n      threadId\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskStaffHelp($input: ThreadHelpInput!) {\n    askStaffHelp(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AskStaffHelp($input: ThreadHelpInput!) {\n    askStaffHelp(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPrivateHelp($input: ThreadHelpInput!) {\n    requestPrivateHelp(input: $input) {\n      id\n      status\n      isPrivate\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPrivateHelp($input: ThreadHelpInput!) {\n    requestPrivateHelp(input: $input) {\n      id\n      status\n      isPrivate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateThread($input: EscalateThreadInput!) {\n    escalateThread(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHelpMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendHelpMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      id\n      rating\n      canRate\n    }\n  }\n"): (typeof documents)["\n  mutation RateCase($input: RateCaseInput!) {\n    rateCase(input: $input) {\n      id\n      rating\n      canRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseThread($input: ModerateThreadInput!) {\n    closeThread(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseThread($input: ModerateThreadInput!) {\n    closeThread(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenThread($input: ModerateThreadInput!) {\n    reopenThread(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenThread($input: ModerateThreadInput!) {\n    reopenThread(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($input: ModerateThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($input: ModerateThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockThread($input: ModerateThreadInput!) {\n    unlockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockThread($input: ModerateThreadInput!) {\n    unlockThread(input: $input) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDuplicate($input: MarkDuplicateInput!) {\n    markDuplicate(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDuplicate($input: MarkDuplicateInput!) {\n    markDuplicate(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeThread($input: MarkDuplicateInput!) {\n    mergeThread(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MergeThread($input: MarkDuplicateInput!) {\n    mergeThread(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      category {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      category {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinnedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($threadId: ID!, $pinned: Boolean!) {\n    pinThread(threadId: $threadId, pinned: $pinned) {\n      id\n      pinnedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input)\n  }\n"): (typeof documents)["\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhidePost($input: HidePostInput!) {\n    unhidePost(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnhidePost($input: HidePostInput!) {\n    unhidePost(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteToClose($input: CloseVoteInput!) {\n    voteToClose(input: $input) {\n      votes\n    }\n  }\n"): (typeof documents)["\n  mutation VoteToClose($input: CloseVoteInput!) {\n    voteToClose(input: $input) {\n      votes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteToReopen($input: CloseVoteInput!) {\n    voteToReopen(input: $input) {\n      votes\n    }\n  }\n"): (typeof documents)["\n  mutation VoteToReopen($input: CloseVoteInput!) {\n    voteToReopen(input: $input) {\n      votes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteToArticle($threadId: ID!, $title: String) {\n    promoteToArticle(threadId: $threadId, title: $title) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteToArticle($threadId: ID!, $title: String) {\n    promoteToArticle(threadId: $threadId, title: $title) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoveCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MoveCategories {\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n  fragment RevisionFields on Revision {\n    id\n    number\n    reason\n    createdAt\n    editor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query QuestionRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n  fragment RevisionFields on Revision {\n    id\n    number\n    reason\n    createdAt\n    editor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      answers(first: 30) {\n        edges {\n          node {\n            id\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerRevisions($id: ID!) {\n    thread(id: $id) {\n      id\n      answers(first: 30) {\n        edges {\n          node {\n            id\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(fromRevisionId: $from, toRevisionId: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      body {\n        value\n        added\n        removed\n      }\n      tagsAdded\n      tagsRemoved\n    }\n  }\n"): (typeof documents)["\n  query RevisionDiff($from: ID!, $to: ID!) {\n    revisionDiff(fromRevisionId: $from, toRevisionId: $to) {\n      title {\n        value\n        added\n        removed\n      }\n      body {\n        value\n        added\n        removed\n      }\n      tagsAdded\n      tagsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadLive($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      kind\n      threadId\n      postId\n      postKind\n      answerId\n      thread {\n        id\n        title\n        body\n        bodyHtml\n        status\n        score\n        myVote\n        answerCount\n        updatedAt\n        hidden\n        locked\n        closeReason\n        closeVotes\n        pinnedAt\n        tags {\n          id\n          name\n        }\n      }\n      answer {\n        ...AnswerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadLive($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      kind\n      threadId\n      postId\n      postKind\n      answerId\n      thread {\n        id\n        title\n        body\n        bodyHtml\n        status\n        score\n        myVote\n        answerCount\n        updatedAt\n        hidden\n        locked\n        closeReason\n        closeVotes\n        pinnedAt\n        tags {\n          id\n          name\n        }\n      }\n      answer {\n        ...AnswerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID, $slug: String, $answersFirst: Int!, $answersAfter: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      status\n      score\n      myVote\n      answerCount\n      viewCount\n      createdAt\n      updatedAt\n      hidden\n      locked\n      closeReason\n      closeVotes\n      pinnedAt\n      following\n      article {\n        id\n        slug\n        title\n      }\n      staffInvolved\n      solvedByStaff\n      helpCase {\n        id\n        status\n        isPrivate\n        assigned\n        canRate\n        rating\n        ratingComment\n        resolvedAt\n        messages {\n          id\n          body\n          fromStaff\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      moderationHistory {\n        id\n        action\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      category {\n        id\n        name\n      }\n      tags {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        reputation\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: $answersFirst, after: $answersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    myVote\n    isAccepted\n    isExpert\n    isStaff\n    deleted\n    hidden\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n      reputation\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID, $slug: String, $answersFirst: Int!, $answersAfter: String) {\n    thread(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      body\n      bodyHtml\n      status\n      score\n      myVote\n      answerCount\n      viewCount\n      createdAt\n      updatedAt\n      hidden\n      locked\n      closeReason\n      closeVotes\n      pinnedAt\n      following\n      article {\n        id\n        slug\n        title\n      }\n      staffInvolved\n      solvedByStaff\n      helpCase {\n        id\n        status\n        isPrivate\n        assigned\n        canRate\n        rating\n        ratingComment\n        resolvedAt\n        messages {\n          id\n          body\n          fromStaff\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      duplicateOf {\n        id\n        slug\n        title\n      }\n      moderationHistory {\n        id\n        action\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      category {\n        id\n        name\n      }\n      tags {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        reputation\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: $answersFirst, after: $answersAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    myVote\n    isAccepted\n    isExpert\n    isStaff\n    deleted\n    hidden\n    createdAt\n    updatedAt\n    author {\n      id\n      displayName\n      reputation\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      postId\n      postKind\n      score\n      myVote\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      postId\n      postKind\n      score\n      myVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsPage($filter: ThreadFilter, $sort: ThreadSort!, $first: Int!, $after: String) {\n    categories {\n      id\n      name\n    }\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadsPage($filter: ThreadFilter, $sort: ThreadSort!, $first: Int!, $after: String) {\n    categories {\n      id\n      name\n    }\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinnedThreads {\n    categories {\n      id\n      pinnedThreads {\n        ...ThreadSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PinnedThreads {\n    categories {\n      id\n      pinnedThreads {\n        ...ThreadSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebcareCasePage($id: ID!) {\n    webcareCase(id: $id) {\n      id\n      priority\n      status\n      isPrivate\n      createdAt\n      resolvedAt\n      resolutionNote\n      rating\n      ratingComment\n      category {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      member {\n        id\n        displayName\n      }\n      reasons {\n        id\n        kind\n        detail\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      sla {\n        paused\n        firstResponse {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n        resolution {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        fromStaff\n        author {\n          id\n          displayName\n        }\n      }\n      assignments {\n        id\n        kind\n        note\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        toAssignee {\n          id\n          displayName\n        }\n        toTeam {\n          id\n          name\n        }\n      }\n      thread {\n        id\n        slug\n        title\n        bodyHtml\n        status\n        createdAt\n        author {\n          id\n          displayName\n        }\n        answers(first: 10) {\n          totalCount\n          edges {\n            node {\n              id\n              bodyHtml\n              isAccepted\n              isStaff\n              isExpert\n              createdAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n    webcareTeams {\n      id\n      name\n      members {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebcareCasePage($id: ID!) {\n    webcareCase(id: $id) {\n      id\n      priority\n      status\n      isPrivate\n      createdAt\n      resolvedAt\n      resolutionNote\n      rating\n      ratingComment\n      category {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      assignee {\n        id\n        displayName\n      }\n      member {\n        id\n        displayName\n      }\n      reasons {\n        id\n        kind\n        detail\n        createdAt\n        actor {\n          id\n          displayName\n        }\n      }\n      sla {\n        paused\n        firstResponse {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n        resolution {\n          dueAt\n          remainingSeconds\n          breached\n          metAt\n        }\n      }\n      notes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        fromStaff\n        author {\n          id\n          displayName\n        }\n      }\n      assignments {\n        id\n        kind\n        note\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        toAssignee {\n          id\n          displayName\n        }\n        toTeam {\n          id\n          name\n        }\n      }\n      thread {\n        id\n        slug\n        title\n        bodyHtml\n        status\n        createdAt\n        author {\n          id\n          displayName\n        }\n        answers(first: 10) {\n          totalCount\n          edges {\n            node {\n              id\n              bodyHtml\n              isAccepted\n              isStaff\n              isExpert\n              createdAt\n              author {\n                id\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n    webcareTeams {\n      id\n      name\n      members {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebcareMember($memberId: ID!, $after: String) {\n    webcareMember(memberId: $memberId) {\n      id\n      reputation\n      threadCount\n      caseCount\n      openCaseCount\n      averageRating\n      ratingsGiven\n      entries(first: 15, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            title\n            detail\n            threadId\n            caseId\n            channel\n            rating\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebcareMember($memberId: ID!, $after: String) {\n    webcareMember(memberId: $memberId) {\n      id\n      reputation\n      threadCount\n      caseCount\n      openCaseCount\n      averageRating\n      ratingsGiven\n      entries(first: 15, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            kind\n            at\n            title\n            detail\n            threadId\n            caseId\n            channel\n            rating\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query SavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderSavedReply($caseId: ID!, $savedReplyId: ID!) {\n    renderSavedReply(caseId: $caseId, savedReplyId: $savedReplyId)\n  }\n"): (typeof documents)["\n  query RenderSavedReply($caseId: ID!, $savedReplyId: ID!) {\n    renderSavedReply(caseId: $caseId, savedReplyId: $savedReplyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitForMember($caseId: ID!) {\n    waitForMember(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WaitForMember($caseId: ID!) {\n    waitForMember(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($caseId: ID!) {\n    reopenCase(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($input: ResolveCaseInput!) {\n    resolveCase(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: CaseTextInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($input: CaseTextInput!) {\n    addCaseNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyPublicly($input: PublicReplyInput!) {\n    replyPublicly(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyPublicly($input: PublicReplyInput!) {\n    replyPublicly(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCaseMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendCaseMessage($input: CaseTextInput!) {\n    sendCaseMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      channel\n      summary\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation LogContact($input: LogContactInput!) {\n    logContact(input: $input) {\n      id\n      channel\n      summary\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n"): (typeof documents)["\n  subscription CaseChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebcareQueue($view: QueueView!, $teamId: ID, $filter: QueueFilter, $first: Int!, $after: String) {\n    webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          priority\n          status\n          isPrivate\n          breached\n          createdAt\n          thread {\n            id\n            title\n          }\n          category {\n            id\n            name\n          }\n          member {\n            id\n            displayName\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          sla {\n            paused\n            firstResponse {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n            resolution {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebcareQueue($view: QueueView!, $teamId: ID, $filter: QueueFilter, $first: Int!, $after: String) {\n    webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          priority\n          status\n          isPrivate\n          breached\n          createdAt\n          thread {\n            id\n            title\n          }\n          category {\n            id\n            name\n          }\n          member {\n            id\n            displayName\n          }\n          assignee {\n            id\n            displayName\n          }\n          team {\n            id\n            name\n          }\n          sla {\n            paused\n            firstResponse {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n            resolution {\n              dueAt\n              remainingSeconds\n              breached\n              metAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueFilterOptions {\n    webcareTeams {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query QueueFilterOptions {\n    webcareTeams {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n"): (typeof documents)["\n  subscription QueueChanged {\n    queueChanged {\n      kind\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNextCase {\n    claimNextCase {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNextCase {\n    claimNextCase {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedRepliesTeams {\n    webcareTeams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SavedRepliesTeams {\n    webcareTeams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query TeamSavedReplies($teamId: ID!) {\n    savedReplies(teamId: $teamId) {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      reputation\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerScope {\n    me {\n      id\n      role\n      reputation\n      certifications {\n        id\n        active\n        category {\n          id\n          name\n        }\n      }\n    }\n    reputationRules {\n      privileges {\n        flag\n        voteClose\n        editOthers\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerScope {\n    me {\n      id\n      role\n      reputation\n      certifications {\n        id\n        active\n        category {\n          id\n          name\n        }\n      }\n    }\n    reputationRules {\n      privileges {\n        flag\n        voteClose\n        editOthers\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;