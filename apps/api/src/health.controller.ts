import { Controller, Get } from '@nestjs/common';
import { Public } from '@assoc/platform-api';

@Controller('health')
export class HealthController {
  @Public()
  @Get()
  health() {
    return { status: 'ok' };
  }
}
