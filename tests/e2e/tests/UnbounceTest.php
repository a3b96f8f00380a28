<?php
/**
 * Un-bounce: an admin sets a bounced contact back to the status it had
 * before, after a confirmation step that warns about complaints and SES's
 * own suppression list, with a required note; the audit trail is in the
 * history and quillcrm_bounce_contact_reactivated fires. A bounce of a mail
 * sent later applies as usual; one of a mail sent before, arriving late,
 * no longer counts.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class UnbounceTest extends E2eTestCase {
	private const ACTION = 'quillcrm_bounce_reactivate';

	private AdminPage $admin;

	protected function setUp(): void {
		parent::setUp();
		$this->admin = new AdminPage( $this->site );
	}

	private function confirmation( string $email ): string {
		$page = $this->admin->get( 'admin.php?page=quillcrm-bounces&reactivate=1&contact=' . $this->site->contact( $email )['id'] );
		$this->assertSame( 200, $page['status'] );
		return $page['body'];
	}

	private function bounced( string $label ): string {
		$email = $this->new_contact( $label );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) ), 'bounce' );
		return $email;
	}

	/** Confirms the un-bounce with a note, as the form does. */
	private function unbounce( string $email, string $note ): array {
		return $this->confirm( $this->confirmation( $email ), $email, $note );
	}

	/** Posts the confirmation form of $html, with its fields. */
	private function confirm( string $html, string $email, string $note ): array {
		$seen = ( new \DOMXPath( AdminPage::document( $html ) ) )->query( "//form[@id='quillcrm-reactivate-form']//input[@name='seen']" )->item( 0 );
		return $this->admin->post(
			$html,
			self::ACTION,
			array(
				'contact_id' => $this->site->contact( $email )['id'],
				'seen'       => null === $seen ? '' : $seen->getAttribute( 'value' ),
				'note'       => $note,
			)
		);
	}

	private function audit( string $email ): array {
		return $this->site->rows( 'SELECT * FROM ' . $this->site->table( 'quillcrm_bounce_audit' ) . ' WHERE contact_id = ?', array( $this->site->contact( $email )['id'] ) );
	}

	public function testTheConfirmationStepChangesNothingAndAsksForANote(): void {
		$email = $this->bounced( 'unbounce-confirm' );

		$html = $this->confirmation( $email );

		$this->assertContactState( $email, 'bounced', 0 );
		$form = AdminPage::document( $html )->getElementById( 'quillcrm-reactivate-form' );
		$this->assertNotNull( $form, 'a confirmation form' );
		$this->assertNotSame( '', AdminPage::nonce( $html, self::ACTION ) );
		$this->assertTrue( AdminPage::document( $html )->getElementById( 'quillcrm-reactivate-note' )->hasAttribute( 'required' ) );
	}

	public function testUnbouncingSetsTheContactSubscribedAndResetsItsSoftCount(): void {
		$email = $this->new_contact( 'unbounce-soft' );
		foreach ( range( 1, 3 ) as $i ) {
			$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
		}
		$this->assertContactState( $email, 'bounced', 3 );

		$r = $this->unbounce( $email, 'The mailbox was fixed, confirmed by phone.' );

		$this->assertSame( 302, $r['status'] );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=reactivated', $r['headers']['location'] ?? '' );
		$this->assertContactState( $email, 'subscribed', 0 );
		$this->assertSame( array( '', null ), array( $this->site->contact_state( $email )['soft_sent_at'], $this->site->contact_state( $email )['bounce_reason'] ) );
	}

	public function testTheAuditTrailRecordsWhoWhenAndWhyAndTheHistoryShowsIt(): void {
		$email = $this->bounced( 'unbounce-audit' );

		$this->unbounce( $email, 'Typo in the domain was corrected.' );

		$audit = $this->audit( $email );
		$this->assertCount( 1, $audit );
		$this->assertSame( array( 'reactivated', 'admin', 'bounced', 'Permanent/General', 'Typo in the domain was corrected.' ), array( $audit[0]['action'], $audit[0]['user_login'], $audit[0]['previous_status'], $audit[0]['previous_reason'], $audit[0]['note'] ) );
		$this->assertEqualsWithDelta( time(), strtotime( $audit[0]['created_at'] . ' UTC' ), 60 );

		$history = $this->admin->get( 'admin.php?page=quillcrm-bounces&contact=' . $this->site->contact( $email )['id'] )['body'];
		$table   = (string) AdminPage::text( $history, 'quillcrm-history' );
		$this->assertMatchesRegularExpression( '/Reactivated by admin \(was bounced\)\s*Typo in the domain was corrected\..*Permanent \/ General/', $table, 'newest first: the reactivation above the bounce' );
	}

	public function testUnbouncingFiresTheReactivatedAction(): void {
		$email = $this->bounced( 'unbounce-action' );

		$this->unbounce( $email, 'Asked by the customer.' );

		$calls = $this->site->hook_calls( 'quillcrm_bounce_contact_reactivated' );
		$this->assertCount( 1, $calls );
		$this->assertSame( $email, $calls[0]['args'][0] );
		$this->assertSame(
			array( 'bounced', 'Permanent/General', 'Asked by the customer.', 'admin' ),
			array( $calls[0]['args'][1]['previous_status'], $calls[0]['args'][1]['previous_reason'], $calls[0]['args'][1]['note'], $calls[0]['args'][1]['user_login'] )
		);
	}

	public function testAComplaintBetweenOpeningAndConfirmingStopsTheUnbounce(): void {
		$email = $this->bounced( 'unbounce-race' );
		$html  = $this->confirmation( $email );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );

		$r = $this->confirm( $html, $email, 'Looked fine when I opened it.' );

		$this->assertStringContainsString( 'quillcrm_bounce_notice=contact_changed', $r['headers']['location'] ?? '' );
		$this->assertContactState( $email, 'complained', 0 );
		$this->assertSame( array(), $this->audit( $email ) );
	}

	public function testAComplaintOfABouncedContactTheSiteUnsubscribesIsWarnedAndTheUnbounceGivesItBackUnsubscribed(): void {
		$this->site->set_option( 'quillcrm_bounce_complaint_action', 'unsubscribed' );
		try {
			$email = $this->bounced( 'unbounce-complaint-unsubscribes' );
			$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) ), 'complaint' );
			$this->assertContactState( $email, 'bounced', 0, 'it stays bounced' );

			$html = $this->confirmation( $email );
			$r    = $this->confirm( $html, $email, 'The mailbox works again.' );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_complaint_action', 'complained' );
		}

		$this->assertNotNull( AdminPage::text( $html, 'quillcrm-warning-complaint' ), 'the person complained' );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=reactivated', $r['headers']['location'] ?? '' );
		$this->assertContactState( $email, 'unsubscribed', 0, 'never mailable again by an un-bounce' );
	}

	public function testAComplaintThatLeavesABouncedContactBouncedStillStopsAnUnbounceOpenedBeforeIt(): void {
		$this->site->set_option( 'quillcrm_bounce_complaint_action', 'unsubscribed' );
		try {
			$email = $this->bounced( 'unbounce-complaint-meanwhile' );
			$html  = $this->confirmation( $email );
			$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) ), 'complaint' );

			$r = $this->confirm( $html, $email, 'Looked fine when I opened it.' );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_complaint_action', 'complained' );
		}

		$this->assertStringNotContainsString( 'quillcrm_bounce_notice=reactivated', $r['headers']['location'] ?? '' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testWithoutANoteNothingChanges(): void {
		$email = $this->bounced( 'unbounce-no-note' );

		$r = $this->unbounce( $email, '   ' );

		$this->assertStringContainsString( 'quillcrm_bounce_notice=note_required', $r['headers']['location'] ?? '' );
		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertSame( array(), $this->audit( $email ) );
	}

	public function testWithoutTheFormsNonceNothingChanges(): void {
		$email = $this->bounced( 'unbounce-no-nonce' );

		$r = $this->admin->post_to(
			'admin-post.php',
			array(
				'action'     => self::ACTION,
				'contact_id' => $this->site->contact( $email )['id'],
				'note'       => 'forged',
				'_wpnonce'   => 'not-a-nonce',
			)
		);

		$this->assertSame( 403, $r['status'] );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testTheConfirmationWarnsWhenTheOwnerComplained(): void {
		$email = $this->new_contact( 'unbounce-complaint' );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );

		$warning = AdminPage::text( $this->confirmation( $email ), 'quillcrm-warning-complaint' );

		$this->assertStringContainsString( 'they reported your mail as spam', (string) $warning );
	}

	public function testTheConfirmationWarnsAboutAComplaintEvenWhenABounceCameAfter(): void {
		$email = $this->new_contact( 'unbounce-complaint-then-bounce' );
		$this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->assertNotNull( AdminPage::text( $this->confirmation( $email ), 'quillcrm-warning-complaint' ) );
	}

	public function testUnbouncingGivesBackTheStatusTheContactHadBeforeTheBounce(): void {
		$email = $this->new_contact( 'unbounce-was-unsubscribed', 'unsubscribed' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );
		$this->assertContactState( $email, 'bounced', 0 );

		$this->unbounce( $email, 'The address works again.' );

		$this->assertContactState( $email, 'unsubscribed', 0 );
	}

	public function testTheHistoryShowsTheStatusTheUnbounceGaveBack(): void {
		$email = $this->new_contact( 'unbounce-history-status', 'unsubscribed' );
		$this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->unbounce( $email, 'The address works again.' );

		$history = AdminPage::document( $this->admin->get( 'admin.php?page=quillcrm-bounces&contact=' . $this->site->contact( $email )['id'] )['body'] );
		$result  = ( new \DOMXPath( $history ) )->query( "//table[@id='quillcrm-history']//tr[@data-kind='reactivated']/td[5]" )->item( 0 );
		$this->assertSame( 'unsubscribed', null === $result ? null : trim( $result->textContent ) );
		$this->assertSame( 'unsubscribed', $this->audit( $email )[0]['status_after'] );
	}

	public function testResettingTheSoftBouncesOfAnUnsubscribedContactLeavesItUnsubscribed(): void {
		$email = $this->new_contact( 'unbounce-soft-unsubscribed', 'unsubscribed' );
		$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
		$this->assertContactState( $email, 'unsubscribed', 1 );

		$this->unbounce( $email, 'Mailbox full, emptied since.' );

		$this->assertContactState( $email, 'unsubscribed', 0 );
	}

	public function testABounceOfAMailSentBeforeTheUnbounceArrivingLateChangesNothing(): void {
		$email = $this->bounced( 'unbounce-late-old-mail' );
		$this->unbounce( $email, 'Reactivated for a test.' );
		$envelope = $this->notification( SesPayload::sent_at( SesPayload::permanent_bounce( $email ), time() - 600 ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'subscribed', 0 );
		$this->assertSame( 'before_reactivation', $this->site->logged_recipients( $envelope['MessageId'] )[0]['result'] );
	}

	public function testABouncedContactWhoseLastEventIsABounceGetsNoComplaintWarning(): void {
		$email = $this->bounced( 'unbounce-no-warning' );

		$html = $this->confirmation( $email );

		$this->assertNull( AdminPage::text( $html, 'quillcrm-warning-complaint' ) );
		$this->assertNull( AdminPage::text( $html, 'quillcrm-warning-ses-suppressed' ) );
	}

	public function testTheConfirmationWarnsWhenSesItselfSuppressedTheAddressAndSaysHowToRemoveIt(): void {
		$email = $this->new_contact( 'unbounce-ses' );
		$this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'OnAccountSuppressionList', $email, '5.1.1', 'Amazon SES did not send the message to this address because it is on the suppression list for your account.' ) ) );
		$this->assertContactState( $email, 'bounced', 0 );

		$warning = (string) AdminPage::text( $this->confirmation( $email ), 'quillcrm-warning-ses-suppressed' );

		$this->assertStringContainsString( 'account-level suppression list', $warning );
		$this->assertStringContainsString( 'aws sesv2 delete-suppressed-destination', $warning );
	}

	public function testABounceOfAMailSentAfterTheUnbounceAppliesAsUsual(): void {
		$email = $this->bounced( 'unbounce-later' );
		$this->unbounce( $email, 'Reactivated for a test.' );
		$this->assertContactState( $email, 'subscribed', 0 );

		$r = $this->site->deliver( $this->notification( SesPayload::sent_at( SesPayload::permanent_bounce( $email ), time() + 1 ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertSame( 'Permanent/General', $this->site->contact_state( $email )['bounce_reason'] );
	}
}
