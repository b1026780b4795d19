// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ApiError.h"
#include "stages/ConfirmationRecord.h"
#include "stages/OperationTokenGate.h"
#include "stages/TaskProgress.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace snc {

class ApiCall;
class OperationRunner;
class StageContext;
class StageOperation;
class TaskPoller;
class WizardSettings;

/**
 * @brief Base of the six onboarding stage models (no widgets; tested without a display).
 *
 * Contract for every stage:
 * - status() is DERIVED FROM THE LIVE API by refresh() (never from local memory only), so the
 *   wizard can resume anywhere and a support agent can open it on any service.
 *   Unknown until the first successful refresh (or when no service is chosen).
 * - Side effects happen only in explicit action methods of the subclass, and are idempotent: they
 *   re-read server state before creating anything (Back then Next repeats nothing).
 * - refresh() and actions are asynchronous; busy() is true while any of them runs; they end with
 *   refreshed()/errorOccurred(). Errors are kept in lastError() until clearError() or the next
 *   successful action.
 * - title()/statusText() are translated at call time (call again on QEvent::LanguageChange).
 * - openUrlRequested(): the model wants a page opened in the browser (WizardController relays it,
 *   once, to the window, which calls QDesktopServices::openUrl). Models never open anything
 *   themselves.
 *
 * Does not own the StageContext.
 */
class StageModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int number READ number CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QUrl guideUrl READ guideUrl CONSTANT)
    Q_PROPERTY(snc::StageModel::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY completeChanged)
    Q_PROPERTY(QString lastErrorMessage READ lastErrorMessage NOTIFY changed)
    Q_PROPERTY(snc::TaskProgress *taskProgress READ taskProgress CONSTANT)
public:
    enum class Status { Unknown, NotStarted, InProgress, WaitingForUser, Done, Failed };
    Q_ENUM(Status)

    explicit StageModel(StageContext *context, QObject *parent = nullptr);
    ~StageModel() override;

    /// 1..6, as in the guide.
    virtual int number() const = 0;
    /// Translated title matching the guide's step ("Authorize IP addresses", …).
    /// Default: StageCatalog::title(number()).
    virtual QString title() const;
    /// The official OVHcloud guide for this step. Default: StageCatalog::guideUrl(number()).
    virtual QUrl guideUrl() const;
    /// Re-reads the server state and derives status(). Asynchronous; ends with refreshed().
    virtual void refresh() = 0;
    /**
     * @brief refresh(), answered to its own caller: `answer(ok)` runs once, in `context`, when the
     * read this call started (or the read already running, which answers it) ends.
     *
     * refreshed() cannot tell one caller from another, and an action's read-back may emit it too:
     * the answer follows the read operation itself (the first operation refresh() starts), so
     * nothing else counts. Only when refresh() starts no operation and none of its reads runs (no
     * service, not connected: it answers refreshed(false) later) is the next refreshed() the
     * answer. Nothing runs once `context` is gone.
     */
    void refreshThen(QObject *context, std::function<void(bool ok)> answer);
    /// Aborts what is in flight (calls, task polling). No side effect on the server.
    virtual void cancel();

    Status status() const { return m_status; }
    /// Translated one-line description of status() for this stage (subclasses may refine it).
    virtual QString statusText() const;
    bool isBusy() const;
    bool isComplete() const { return m_status == Status::Done; }
    bool hasError() const { return m_lastError.has_value(); }
    /// The last error (an ApiError with Kind::Validation for local checks); default-constructed if none.
    ApiError lastError() const { return m_lastError.value_or(ApiError{}); }
    /// lastError().userMessage(), or empty.
    QString lastErrorMessage() const;
    void clearError();

    StageContext *context() const;
    /// The OVH task this stage is following, if any (fed by every poller of createTaskPoller()).
    TaskProgress *taskProgress() const { return m_taskProgress; }
    /// The SMS token a followed task may wait for (issue 17 item 3; fed like taskProgress()).
    OperationTokenGate *tokenGate() const { return m_tokenGate; }
    /// The token gate's operation was canceled and the user asked to redo it. Default: refresh(),
    /// after which the stage offers its action again (actions re-read before creating anything).
    virtual void redoCanceledOperation();

    /// One line of the compliance report: a translated label and its value. Never a secret.
    struct ReportFact
    {
        QString label;
        QString value;
    };
    /// What this stage contributes to the compliance report, from its last refresh (default:
    /// nothing beyond its status).
    virtual QList<ReportFact> reportFacts() const { return {}; }
    /// False while leaving the page would lose something (a private key not saved yet): the
    /// WizardController then refuses to change page. leaveBlockedReason() says why (translated).
    virtual bool canLeave() const { return true; }
    virtual QString leaveBlockedReason() const { return {}; }

    /**
     * @brief The manual step of this stage that only the customer can vouch for (the pre-shared
     * key stored, the hosts-file line added, the vCenter key provider configured): none by
     * default. While it is not confirmed, a stage that OVHcloud reports done is WaitingForUser,
     * never Done (issue 18 item 3: done means everything the customer must do is done).
     * The confirmation is a ConfirmationRecord of the onboarding (in memory without settings).
     */
    bool hasManualStep() const { return m_manualStep.has_value(); }
    /// Translated checkbox text ("I have stored the pre-shared key"); empty without a manual step.
    virtual QString manualStepLabel() const { return {}; }
    /// Translated request for the status line ("store the pre-shared key, then confirm it below").
    virtual QString manualStepRequest() const { return manualStepLabel(); }
    bool isManualStepConfirmed() const;
    void setManualStepConfirmed(bool confirmed);
    /// Everything on OVHcloud's side is done; only the customer's confirmation is missing.
    bool awaitsManualStep() const;
    /// Where confirmations are kept (WizardController sets it on every stage). Not owned.
    void setConfirmationSettings(WizardSettings *settings);
    /// The OVH task this stage follows waits for the customer, not for OVHcloud (stage 5's KMS
    /// registration waits until vCenter is configured): the status line then says "Your turn".
    virtual bool taskWaitsForCustomer() const { return false; }
    /// Translated: what OVHcloud is doing for this stage that no OVH task follows (OKMS issuing
    /// an access credential), for the status line's "Waiting for OVHcloud: …"; empty when nothing.
    virtual QString ovhcloudWork() const { return {}; }
    /// Translated: what the customer should do next on this page (the status line's "Your turn:
    /// …"). Default: statusText().
    virtual QString nextStepText() const;

    /// Translated generic name of a status ("Not started", "In progress", "Waiting for you", …).
    static QString statusName(Status status);

signals:
    void statusChanged(snc::StageModel::Status status);
    void busyChanged(bool busy);
    void completeChanged(bool complete);
    void errorOccurred(const snc::ApiError &error);
    /// Anything displayed changed (lists, details, texts).
    void changed();
    /// A refresh() ended; `ok` false when the server state could not be read (see lastError()).
    void refreshed(bool ok);
    void openUrlRequested(const QUrl &url);
    /// canLeave() may have changed.
    void canLeaveChanged();
    /// isManualStepConfirmed() changed (or may have: another service).
    void manualStepChanged();

protected:
    /// The status as derived from the live API; Done becomes WaitingForUser while the manual step
    /// (requireManualStep()) is not confirmed.
    void setStatus(Status status);
    /// Declares this stage's manual step (a stable key, part of the settings format). Constructor.
    void requireManualStep(const QString &key);
    /// Starts an operation (a read, or an action with its read-back): the model is busy until it
    /// ends, and cancel() cancels it. See StageOperation. Owned by the model.
    StageOperation *startOperation();
    /// Cancels every operation still running (each ends with Kind::Canceled); cancel() does this.
    void cancelOperations();
    /// Records and emits an error (does not change status()).
    void reportError(const ApiError &error);
    /// A local validation failure: Kind::Validation with `message` (translated) as serverMessage.
    void reportValidationError(const QString &message);
    /// Shared wiring of the stages that follow OVH tasks: a TaskPoller on context()->api(), child
    /// of this, feeding taskProgress() (the one way a stage shows its task).
    TaskPoller *createTaskPoller();
    /// From now on, StageContext::serviceChanged runs cancel(), forgetService(), sets the status to
    /// Unknown and emits changed(). Call once, from the subclass constructor.
    void resetOnServiceChange();
    /// Hook of resetOnServiceChange(): drop everything read from the previous service (called
    /// after cancel(), before the status becomes Unknown).
    virtual void forgetService() {}

private:
    QPointer<StageContext> m_context;
    OperationRunner *m_operations; ///< child; busy comes from it
    TaskProgress *m_taskProgress;  ///< child
    OperationTokenGate *m_tokenGate; ///< child
    void applyStatus(Status status);

    Status m_status = Status::Unknown;
    /// The status derived from the API, before the manual step's gate.
    Status m_derived = Status::Unknown;
    std::optional<ConfirmationRecord> m_manualStep;
    WizardSettings *m_confirmations = nullptr;
    std::optional<ApiError> m_lastError;
    /// While refreshThen() runs refresh(): where startOperation() records the read it starts.
    QPointer<StageOperation> *m_startedRead = nullptr;
    /// The read of the last refreshThen(), which answers the next ones while it runs.
    QPointer<StageOperation> m_lastRead;
};

} // namespace snc
