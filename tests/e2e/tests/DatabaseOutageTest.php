<?php
/**
 * When the database fails, SNS must be told to retry (any 5xx: SNS retries
 * every 5xx answer) and nothing may be half-applied; the retried delivery
 * then counts exactly once.
 *
 * Retry schedule assumed: SNS's default HTTP/S policy, 3 retries 20 s apart;
 * each test sends the retry itself right after the database is back, well
 * inside that minute.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\AdminPage;
use QuillCRM\E2E\SesPayload;

final class DatabaseOutageTest extends E2eTestCase {

	public function testDatabaseStoppedAnswersA5xxAndTheRetriedDeliveryIsAppliedOnce(): void {
		$email    = $this->new_contact( 'db-down' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );
		$url      = $this->site->webhook_url();

		$this->site->stack_command( 'db-stop' );
		$this->site->reconnect();
		try {
			$down = $this->site->deliver( $envelope, $url );
		} finally {
			$this->site->stack_command( 'db-start' );
		}
		// WordPress stops before any plugin loads and answers its own 500.
		$this->assertSame( 500, $down['status'], "database stopped: SNS must be told to retry with a 5xx.\n" . substr( $down['body'], 0, 400 ) );

		// SNS retries the very same delivery; then once more (network hiccup).
		$retry = $this->site->deliver( $envelope, $url );
		$again = $this->site->deliver( $envelope, $url );

		$this->assertAnswer( 200, $retry, 'bounce', null, 'the retry after the restart' );
		$this->assertSame( 200, $again['status'], $again['body'] );
		$this->assertContactState( $email, 'subscribed', 1, 'the retried delivery is applied exactly once' );
	}

	public function testDatabaseErrorDuringTheUpdateRollsBackAnswers503AndTheRetryIsAppliedOnce(): void {
		$email    = $this->new_contact( 'db-error' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );
		$contacts = $this->site->table( 'quillcrm_contacts' );
		$hidden   = $contacts . '_e2e_hidden';

		// WordPress boots fine, but the contact update fails mid-transaction.
		$this->site->exec( "RENAME TABLE $contacts TO $hidden" );
		try {
			$failed = $this->site->deliver( $envelope );
		} finally {
			$this->site->exec( "RENAME TABLE $hidden TO $contacts" );
		}
		$this->assertAnswer( 503, $failed, 'retry', null, 'a database error while updating the contact' );
		$this->assertContactState( $email, 'subscribed', 0, 'nothing applied by the failed delivery' );

		$retry = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $retry, 'bounce', null, 'the retry (its MessageId must not have been recorded by the rolled-back attempt)' );
		$this->assertContactState( $email, 'subscribed', 1, 'the retried delivery is applied exactly once' );
	}

	public function testUnderTheQueueIntakeTheFixOfADatabaseFailureSaysTheMessageComesBackFromTheQueue(): void {
		$message_id = 'db-fix-' . bin2hex( random_bytes( 6 ) );
		$this->site->exec(
			'INSERT INTO ' . $this->site->table( 'quillcrm_bounce_events' ) . " (received_at, http_status, outcome, error_code, message_id, detail) VALUES (UTC_TIMESTAMP(), 503, 'retry', 'database_error', ?, 'The database failed.')",
			array( $message_id )
		);
		try {
			$this->site->set_option( 'quillcrm_bounce_intake', 'sqs' );

			$log = AdminPage::document( ( new AdminPage( $this->site ) )->settings() );
			$row = ( new \DOMXPath( $log ) )->query( "//table[@id='quillcrm-deliveries']//tr[contains(., '$message_id')]" )->item( 0 );

			$this->assertNotNull( $row );
			$this->assertStringContainsString( 'stays there and comes back after its visibility timeout', $row->textContent );
		} finally {
			$this->site->set_option( 'quillcrm_bounce_intake', 'webhook' );
		}
	}
}
